"use client";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ReadingModel, SectionBlock } from "@/lib/comments/reading-model";
import { quoteFromSelection, readingText } from "@/lib/comments/reading-text";
import { splitTitleLines } from "@/lib/export/format";
import { chineseNumeral } from "@/lib/reports/text";
import { useSectionLabel } from "./use-review-text";

export interface QuoteSelection {
  sectionId: string;
  quote: string;
  quoteStart: number;
}

// The reading view: the report as it will be printed (A4-width column, official faces and numbering,
// same classes as the reading view's document), with each section marked so a selected passage can be
// turned into a quote + offset of that section's reading text. Everything that is not document text
// (comment buttons) is unselectable, so a selection never picks it up.

/** Title line capacity at 2号 in the 156 mm text block, as in the .docx and the print view. */
const TITLE_CHARS_PER_LINE = 20;

/** Where a DOM point falls in a section's reading text, or null outside the text segments. */
function pointIn(node: Node, offset: number): { segStart: number; offset: number } | null {
  const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>("[data-seg-start]");
  if (!el) return null;
  const segStart = Number(el.dataset.segStart);
  if (node.nodeType === Node.TEXT_NODE) return { segStart, offset };
  // An element boundary: before its first child = segment start, otherwise its end.
  return { segStart, offset: offset === 0 ? 0 : (el.textContent ?? "").length };
}

/** The segments of a section the range touches, in order. */
function touchedSegments(block: Element, range: Range): HTMLElement[] {
  return [...block.querySelectorAll<HTMLElement>("[data-seg-start]")].filter((el) => range.intersectsNode(el));
}

export function ReviewDocument(props: {
  model: ReadingModel;
  canComment: boolean;
  openThreads: Record<string, number>;
  onSelect: (selection: QuoteSelection | null) => void;
  onCommentSection: (sectionId: string) => void;
}) {
  const ref = useRef<HTMLElement>(null);
  const { model, onSelect } = props;
  const texts = useMemo(
    () => new Map([...model.opening, ...model.closing, ...model.parts.flatMap((p) => ("plan" in p ? [] : p.sections))].map((b) => [b.id, readingText(b.segments)])),
    [model],
  );

  const readSelection = useCallback(() => {
    const sel = document.getSelection();
    // A click elsewhere (a collapsed selection) or a selection outside the document drops the offer; the
    // bar's button keeps the selection alive while pressed.
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return onSelect(null);
    const range = sel.getRangeAt(0);
    const article = ref.current;
    if (!article || !article.contains(range.commonAncestorContainer)) return onSelect(null);
    const startBlock = (range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : (range.startContainer as Element))?.closest("[data-section-id]");
    const endBlock = (range.endContainer.nodeType === Node.TEXT_NODE ? range.endContainer.parentElement : (range.endContainer as Element))?.closest("[data-section-id]");
    // Only passages inside one section can be quoted (a comment belongs to one section).
    if (!startBlock || startBlock !== endBlock) return onSelect(null);
    const sectionId = (startBlock as HTMLElement).dataset.sectionId!;
    const text = texts.get(sectionId);
    if (text === undefined) return onSelect(null);
    const touched = touchedSegments(startBlock, range);
    if (touched.length === 0) return onSelect(null);
    // A selection starting or ending outside the text (on the number （一）) snaps to the nearest text.
    const a = pointIn(range.startContainer, range.startOffset) ?? { segStart: Number(touched[0].dataset.segStart), offset: 0 };
    const last = touched[touched.length - 1];
    const b = pointIn(range.endContainer, range.endOffset) ?? { segStart: Number(last.dataset.segStart), offset: (last.textContent ?? "").length };
    const q = quoteFromSelection(text, a, b);
    onSelect(q ? { sectionId, ...q } : null);
  }, [onSelect, texts]);

  useEffect(() => {
    if (!props.canComment) return;
    document.addEventListener("selectionchange", readSelection);
    return () => document.removeEventListener("selectionchange", readSelection);
  }, [props.canComment, readSelection]);

  const { year, month, day } = model.signature.date;
  return (
    <article
      ref={ref}
      className="mx-auto w-full max-w-[210mm] bg-white px-5 py-8 font-doc text-[16px] leading-[1.9] shadow-sm sm:px-[26mm] sm:py-[37mm] sm:text-[21px]"
      data-testid="report-document"
    >
      {model.draftMarking && (
        <p className="text-right font-doc-hei text-seal" data-testid="draft-marking">
          {model.draftMarking}
        </p>
      )}
      {/* The .docx title lines (balanced, upper line not shorter, broken at word boundaries); each line
          balanced again by the browser when the column is narrower, so no line ends with a lone character. */}
      <h1 className="mb-[1.9em] text-center font-doc-title text-[1.4em] leading-snug text-balance" data-testid="document-title">
        {splitTitleLines(model.title, TITLE_CHARS_PER_LINE).map((line, i) => (
          <span key={i} className="block text-balance">
            {line}
          </span>
        ))}
      </h1>
      {model.opening.map((b) => (
        <Block key={b.id} block={b} {...props}>
          {b.segments.map((s) => (
            <p key={s.start} className="indent-[2em] whitespace-pre-wrap break-words">
              <Seg start={s.start} text={s.text} />
            </p>
          ))}
        </Block>
      ))}
      {model.parts.map((part, pi) => (
        <section key={pi} aria-label={part.title}>
          <h2 className="indent-[2em] font-doc-hei font-normal">
            {chineseNumeral(pi + 1)}、{part.title}
          </h2>
          {"plan" in part
            ? part.plan.map((item, ii) => (
                <p key={ii} className="indent-[2em] whitespace-pre-wrap break-words">
                  <span className="font-doc-kai">
                    （{chineseNumeral(ii + 1)}）{item.heading}
                  </span>
                  {item.rest}
                </p>
              ))
            : part.sections.map((b) => <NumberedBlock key={b.id} block={b} {...props} />)}
        </section>
      ))}
      {model.closing.map((b) => (
        <Block key={b.id} block={b} {...props}>
          {b.segments.map((s) => (
            <p key={s.start} className="indent-[2em] whitespace-pre-wrap break-words">
              <Seg start={s.start} text={s.text} />
            </p>
          ))}
        </Block>
      ))}
      <div className="mt-[1.9em] text-right">
        <p className="pr-[2em]">{model.signature.unitName}</p>
        <p className="pr-[2em]">{`${year}年${month}月${day}日`}</p>
      </div>
    </article>
  );
}

function Seg({ start, text }: { start: number; text: string }) {
  return <span data-seg-start={start}>{text}</span>;
}

type BlockProps = {
  block: SectionBlock;
  canComment: boolean;
  openThreads: Record<string, number>;
  onCommentSection: (sectionId: string) => void;
};

/** An achievement or problem: （一）lead sentence + first paragraph on one line, then the rest. */
function NumberedBlock(props: BlockProps) {
  const { block } = props;
  const heading = block.segments.find((s) => s.role === "heading");
  const paragraphs = block.segments.filter((s) => s.role === "paragraph");
  return (
    <Block {...props}>
      <p className="indent-[2em] whitespace-pre-wrap break-words">
        <span className="font-doc-kai">
          （{chineseNumeral(block.ordinal)}）{heading && <Seg start={heading.start} text={heading.text} />}
        </span>
        {paragraphs[0] && <Seg start={paragraphs[0].start} text={paragraphs[0].text} />}
      </p>
      {paragraphs.slice(1).map((s) => (
        <p key={s.start} className="indent-[2em] whitespace-pre-wrap break-words">
          <Seg start={s.start} text={s.text} />
        </p>
      ))}
    </Block>
  );
}

function Block(props: BlockProps & { children: React.ReactNode }) {
  const t = useTranslations("review.comments");
  const label = useSectionLabel();
  const { block } = props;
  const open = props.openThreads[block.id] ?? 0;
  const name = label(block.kind, block.ordinal);
  return (
    <div
      id={`section-${block.id}`}
      data-section-id={block.id}
      data-section-label={name}
      className={open > 0 ? "-mx-2 border-l-2 border-amber-400 px-2" : undefined}
    >
      {props.children}
      {(props.canComment || open > 0) && (
        <div className="flex select-none flex-wrap justify-end gap-3 font-sans text-xs print:hidden" data-review-ui>
          {open > 0 && (
            <a href="#comments" className="text-amber-800 hover:underline">
              {t("openOnSection", { count: open })}
            </a>
          )}
          {props.canComment && (
            <button
              type="button"
              onClick={() => props.onCommentSection(block.id)}
              className="text-blue-800 hover:underline"
              aria-label={t("commentOnSectionNamed", { section: name })}
            >
              {t("commentOnSection")}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
