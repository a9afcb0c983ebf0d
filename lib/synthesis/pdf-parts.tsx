/**
 * The PDF's building blocks: its colours and styles, typed prose (paragraphs and lists), headings and the
 * label/value lines of its header. `pdf.tsx` assembles the document from them.
 */
import type { ReactNode } from "react";
import { StyleSheet, Text, View } from "@react-pdf/renderer";
import { pdfText } from "./pdf-text";

export const BLUE = "#1e3a8a";
export const INK = "#0f172a";
export const MUTED = "#475569";
export const RULE = "#cbd5e1";

/**
 * Body text: 10 pt, 1.4 line height. Set on each text with its font size, never on the page or a view: on the
 * page it keeps the fixed footer from printing, and a line height is resolved against the font size of the
 * same style (the default 18 pt when the size is only inherited).
 */
export const BODY = { fontSize: 10, lineHeight: 1.4 } as const;
/** Key points longer than this may not fit on one page: they are let to flow across pages. */
export const SHORT_TEXT = 1200;

export const s = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 64, paddingHorizontal: 56, fontFamily: "Helvetica", fontSize: 10, color: INK },
  kicker: { fontSize: 9, lineHeight: 1.3, color: BLUE, fontFamily: "Helvetica-Bold", marginBottom: 6 },
  title: { fontSize: 22, fontFamily: "Helvetica-Bold", lineHeight: 1.2, marginBottom: 4 },
  subtitle: { fontSize: 13, lineHeight: 1.3, marginBottom: 12 },
  meta: { flexDirection: "row", marginBottom: 2 },
  metaLabel: { width: 64, color: MUTED, ...BODY },
  metaValue: { flex: 1, ...BODY },
  header: { borderBottomWidth: 1, borderBottomColor: RULE, paddingBottom: 12, marginBottom: 4 },
  h2: { fontSize: 13.5, lineHeight: 1.25, fontFamily: "Helvetica-Bold", color: BLUE, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 11, lineHeight: 1.3, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 3 },
  para: { marginBottom: 5, ...BODY },
  strong: { fontFamily: "Helvetica-Bold" },
  bullet: { flexDirection: "row", marginBottom: 3, paddingLeft: 4 },
  bulletMark: { width: 12, ...BODY },
  bulletText: { flex: 1, ...BODY },
  keyPoints: { borderLeftWidth: 3, borderLeftColor: BLUE, backgroundColor: "#eff6ff", paddingTop: 6, paddingBottom: 1, paddingHorizontal: 10, marginTop: 4 },
  table: { borderTopWidth: 1, borderTopColor: RULE, marginTop: 2 },
  row: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: RULE, paddingVertical: 4 },
  headRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: INK, paddingVertical: 4, fontFamily: "Helvetica-Bold" },
  colTitle: { width: "46%", paddingRight: 8, ...BODY },
  colOwner: { width: "23%", paddingRight: 8, ...BODY },
  colDue: { width: "19%", paddingRight: 8, ...BODY },
  colStatus: { width: "12%", ...BODY },
  footer: { position: "absolute", bottom: 28, left: 56, right: 56, flexDirection: "row", justifyContent: "space-between", fontSize: 8.5, color: MUTED, borderTopWidth: 1, borderTopColor: RULE, paddingTop: 6 },
});

export const t = pdfText;

/**
 * A typed text: paragraphs split on blank lines, lines starting with "-", "•" or "*" as a list. Returned as
 * siblings of the heading before them (no wrapping view): the page breaker keeps a heading with what follows
 * it only among siblings.
 */
export function prose(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  text
    .trim()
    .split(/\n\s*\n/)
    .forEach((block, i) => {
      let plain: string[] = [];
      const flush = (k: string) => {
        if (plain.length)
          out.push(
            <Text key={`${key}-${i}-${k}`} style={s.para}>
              {t(plain.join("\n"))}
            </Text>,
          );
        plain = [];
      };
      block.split("\n").forEach((line, j) => {
        if (!line.trim()) return;
        const item = /^\s*[-•*–]\s+(.*)$/.exec(line);
        if (!item) {
          plain.push(line.trim());
          return;
        }
        flush(`p${j}`);
        out.push(<Bullet key={`${key}-${i}-b${j}`} text={item[1]} />);
      });
      flush("end");
    });
  return out;
}

export function Bullet({ text }: { text: string }) {
  return (
    <View style={s.bullet} wrap={false}>
      <Text style={s.bulletMark}>•</Text>
      <Text style={s.bulletText}>{t(text.trim())}</Text>
    </View>
  );
}

/** A heading, kept with the start of what follows it (about three lines: a paragraph keeps two lines together). */
export function Heading({ children, level = 2 }: { children: string; level?: 2 | 3 }) {
  return (
    <Text style={level === 2 ? s.h2 : s.h3} minPresenceAhead={level === 2 ? 64 : 56}>
      {t(children)}
    </Text>
  );
}

export function Meta({ label, value }: { label: string; value: string }) {
  return (
    <View style={s.meta}>
      <Text style={s.metaLabel}>{t(label)}</Text>
      <Text style={s.metaValue}>{t(value)}</Text>
    </View>
  );
}
