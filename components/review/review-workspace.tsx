"use client";
import { useCallback, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { ReadingModel } from "@/lib/comments/reading-model";
import type { CommentThread } from "@/lib/comments/list-comments";
import { CommentPanel, type AddComment, type ComposerTarget, type SetCommentStatus } from "./comment-panel";
import { ReviewDocument, type QuoteSelection } from "./review-document";
import { useSectionLabel } from "./use-review-text";

/**
 * The reading view with its comments: the document on the left (below on a phone), the threads beside it.
 * Selecting words in a section offers "评论所选内容" in a bar at the bottom of the screen; each section
 * also has "评论本节", and the panel "评论全文".
 */
export function ReviewWorkspace(props: {
  reportId: string;
  model: ReadingModel;
  threads: CommentThread[];
  canComment: boolean;
  addComment: AddComment;
  setStatus: SetCommentStatus;
}) {
  const t = useTranslations("review.comments");
  const label = useSectionLabel();
  const [selection, setSelection] = useState<QuoteSelection | null>(null);
  const [composer, setComposer] = useState<ComposerTarget | null>(null);

  const blocks = useMemo(
    () => new Map([...props.model.opening, ...props.model.closing, ...props.model.parts.flatMap((p) => ("plan" in p ? [] : p.sections))].map((b) => [b.id, b])),
    [props.model],
  );
  const nameOf = useCallback((sectionId: string) => {
    const b = blocks.get(sectionId);
    return b ? label(b.kind, b.ordinal) : null;
  }, [blocks, label]);
  const openThreads = useMemo(() => {
    const out: Record<string, number> = {};
    for (const c of props.threads) if (c.status === "OPEN" && c.section) out[c.section.id] = (out[c.section.id] ?? 0) + 1;
    return out;
  }, [props.threads]);

  const compose = (target: ComposerTarget | null) => {
    setComposer(target);
    if (target) requestAnimationFrame(() => document.getElementById("new-comment")?.focus());
  };

  return (
    <div className="space-y-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start lg:gap-4 lg:space-y-0">
      <ReviewDocument
        model={props.model}
        canComment={props.canComment}
        openThreads={openThreads}
        onSelect={setSelection}
        onCommentSection={(sectionId) => compose({ sectionId, sectionName: nameOf(sectionId), quote: null, quoteStart: null })}
      />
      <aside className="lg:sticky lg:top-4">
        <CommentPanel
          reportId={props.reportId}
          threads={props.threads}
          canComment={props.canComment}
          composer={composer}
          onCompose={compose}
          addComment={props.addComment}
          setStatus={props.setStatus}
        />
      </aside>
      {props.canComment && selection && (
        <div
          role="toolbar"
          aria-label={t("selectionBar")}
          className="fixed inset-x-2 bottom-2 z-20 mx-auto flex max-w-xl flex-wrap items-center gap-2 rounded bg-stone-900 p-2 text-sm text-white shadow-lg"
          data-testid="selection-bar"
        >
          <span className="min-w-0 flex-1 truncate">{t("selected", { quote: selection.quote })}</span>
          <button
            type="button"
            // Keep the selection while the button is pressed.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              compose({ sectionId: selection.sectionId, sectionName: nameOf(selection.sectionId), quote: selection.quote, quoteStart: selection.quoteStart });
              setSelection(null);
            }}
            className="rounded bg-white px-2 py-1 text-stone-900"
          >
            {t("commentOnSelection")}
          </button>
          <button type="button" onClick={() => setSelection(null)} className="rounded px-2 py-1 hover:bg-stone-700" aria-label={t("clearSelection")}>
            {t("clearSelectionMark")}
          </button>
        </div>
      )}
    </div>
  );
}
