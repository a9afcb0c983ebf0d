import Link from "next/link";
import type { ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "sm" | "md";

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-md font-semibold no-underline transition-colors disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

// Contrasts: white on blue-900 10.4:1, blue-900 on white 10.4:1, white on red-700 6.5:1.
const VARIANTS: Record<ButtonVariant, string> = {
  primary: "border border-blue-900 bg-blue-900 text-white hover:bg-blue-950 hover:border-blue-950",
  secondary: "border border-blue-900 bg-white text-blue-900 hover:bg-blue-50",
  danger: "border border-red-700 bg-red-700 text-white hover:bg-red-800 hover:border-red-800",
  ghost: "border border-transparent bg-transparent text-blue-900 underline hover:bg-blue-50",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "px-3 py-1.5 text-sm",
  md: "px-4 py-2.5 text-base",
};

/** The classes of a button look, for elements that are neither `Button` nor `ButtonLink`. */
export function buttonClasses(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return `${BASE} ${VARIANTS[variant]} ${SIZES[size]}`;
}

type LookProps = { variant?: ButtonVariant; size?: ButtonSize };

export type ButtonProps = ComponentProps<"button"> & LookProps;

/** A native button (its `type` defaults to "submit" inside a form, as in HTML). */
export function Button({ variant = "primary", size = "md", className, ...props }: ButtonProps) {
  return <button className={`${buttonClasses(variant, size)}${className ? ` ${className}` : ""}`} {...props} />;
}

export type ButtonLinkProps = ComponentProps<typeof Link> & LookProps;

/** A link that looks like a button: for navigation, never for actions. */
export function ButtonLink({ variant = "primary", size = "md", className, ...props }: ButtonLinkProps) {
  return <Link className={`${buttonClasses(variant, size)}${className ? ` ${className}` : ""}`} {...props} />;
}
