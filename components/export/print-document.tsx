import type { ExportInput } from "@/lib/export/export-input";
import {
  formatChineseDate,
  itemNumber,
  numberedLevel,
  partNumber,
  signatureRightIndents,
  splitTitleLines,
  verificationText,
} from "@/lib/export/format";
import { withChinesePunctuation } from "@/lib/export/punctuation";
import styles from "./print-document.module.css";

/** Title line capacity at 2号 in the 156 mm text block, as in the .docx. */
const TITLE_CHARS_PER_LINE = 20;

/**
 * The report laid out like the .docx export (GB/T 9704-2012): same blocks, same numbering, same title
 * lines, same signature placement, at the real type sizes when printed on A4. Pure presentation.
 */
export function PrintDocument({ doc: source }: { doc: ExportInput }) {
  // Same GB/T 15834 punctuation as the .docx and Markdown files.
  const doc = withChinesePunctuation(source);
  const date = formatChineseDate(doc.signature.date);
  const unitName = doc.signature.unitName.replace(/\s*[\r\n]+\s*/g, "").trim();
  const indents = signatureRightIndents(unitName, date);
  return (
    <article className={`${styles.sheet} font-doc`} data-testid="print-document" lang="zh-CN">
      {doc.draftMarking && (
        <p className={`${styles.marking} font-doc-hei`} data-testid="draft-marking">
          {doc.draftMarking}
        </p>
      )}
      <h1 className={`${styles.title} font-doc-title`}>
        {splitTitleLines(doc.title, TITLE_CHARS_PER_LINE).map((line, i) => (
          <span key={i} className={styles.titleLine}>
            {line}
          </span>
        ))}
      </h1>
      {doc.opening.map((p, i) => (
        <p key={`o${i}`} className={styles.body}>
          {p}
        </p>
      ))}
      {doc.parts.map((part, pi) => (
        <section key={pi} aria-label={part.title}>
          <h2 className={`${styles.part} font-doc-hei`}>
            {partNumber(pi + 1)}
            {part.title}
          </h2>
          {part.items.map((item, ii) => {
            // As in the .docx: a numbered first paragraph (1. / （1）) is not run into the （一） heading.
            const runIn = item.paragraphs.length > 0 && numberedLevel(item.paragraphs[0]) === null;
            const rest = runIn ? item.paragraphs.slice(1) : item.paragraphs;
            return (
              <div key={ii}>
                <p className={styles.body}>
                  <span className="font-doc-kai">
                    {itemNumber(ii + 1)}
                    {item.heading}
                  </span>
                  {runIn ? item.paragraphs[0] : null}
                </p>
                {rest.map((p, k) => (
                  <p key={k} className={styles.body} data-level={numberedLevel(p) ?? undefined}>
                    {p}
                  </p>
                ))}
              </div>
            );
          })}
        </section>
      ))}
      {doc.closing.map((p, i) => (
        <p key={`c${i}`} className={styles.body}>
          {p}
        </p>
      ))}
      <div className={styles.signature}>
        {unitName && <p style={{ paddingRight: `${indents.unit}em` }}>{unitName}</p>}
        <p style={{ paddingRight: `${unitName ? indents.date : 2}em` }}>{date}</p>
      </div>
      {doc.verificationLine && doc.approvedHash && (
        <p className={styles.verification} data-testid="verification-line">
          {verificationText(doc.approvedHash)}
        </p>
      )}
    </article>
  );
}
