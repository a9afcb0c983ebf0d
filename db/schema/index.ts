export * from "./auth";
export * from "./reference";
export * from "./workspace";
export * from "./federation";
export * from "./invitation";
export * from "./history";
export * from "./mail";
