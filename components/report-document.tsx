import type { ExportInput } from "@/lib/export/export-input";
import { chineseNumeral } from "@/lib/reports/text";

// The reading view: the report as it will be printed — A4-width column, official faces and numbering.
// Pure presentation: it receives the same document structure the exporters receive.
export function ReportDocument({ doc }: { doc: ExportInput }) {
  const { year, month, day } = doc.signature.date;
  return (
    <article
      className="mx-auto w-full max-w-[210mm] bg-white px-5 py-8 font-doc text-[16px] leading-[1.9] shadow-sm sm:px-[26mm] sm:py-[37mm] sm:text-[21px]"
      data-testid="report-document"
    >
      {doc.draftMarking && (
        <p className="text-right font-doc-hei text-seal" data-testid="draft-marking">
          {doc.draftMarking}
        </p>
      )}
      <h1 className="mb-[1.9em] text-center font-doc-title text-[1.4em] leading-snug">{doc.title}</h1>
      {doc.opening.map((p, i) => (
        <p key={`o${i}`} className="indent-[2em] whitespace-pre-wrap break-words">
          {p}
        </p>
      ))}
      {doc.parts.map((part, pi) => (
        <section key={pi} aria-label={part.title}>
          <h2 className="indent-[2em] font-doc-hei font-normal">
            {chineseNumeral(pi + 1)}、{part.title}
          </h2>
          {part.items.map((item, ii) => (
            <div key={ii}>
              <p className="indent-[2em] whitespace-pre-wrap break-words">
                <span className="font-doc-kai">
                  （{chineseNumeral(ii + 1)}）{item.heading}
                </span>
                {item.paragraphs[0]}
              </p>
              {item.paragraphs.slice(1).map((p, k) => (
                <p key={k} className="indent-[2em] whitespace-pre-wrap break-words">
                  {p}
                </p>
              ))}
            </div>
          ))}
        </section>
      ))}
      {doc.closing.map((p, i) => (
        <p key={`c${i}`} className="indent-[2em] whitespace-pre-wrap break-words">
          {p}
        </p>
      ))}
      <div className="mt-[1.9em] text-right">
        <p className="pr-[2em]">{doc.signature.unitName}</p>
        <p className="pr-[2em]">{`${year}年${month}月${day}日`}</p>
      </div>
    </article>
  );
}
