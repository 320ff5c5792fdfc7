"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import type { z } from "zod";
import type { addCommentAction, setCommentStatusAction } from "@/lib/actions/report-comments";
import type { ZAddCommentSchema } from "@/lib/validation/workflow-schemas";
import type { CommentThread } from "@/lib/comments/list-comments";
import { LIMITS } from "@/lib/validation/limits";
import { useSectionLabel } from "./use-review-text";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

export type AddComment = typeof addCommentAction;
export type SetCommentStatus = typeof setCommentStatusAction;
/** A comment as the panel posts it: the action's input without the report, which the panel knows. */
type NewComment = Omit<z.input<typeof ZAddCommentSchema>, "reportId">;

/** What a new comment is about: a section (optionally a quoted passage of it), or the whole report. */
export interface ComposerTarget {
  sectionId: string | null;
  sectionName: string | null;
  quote: string | null;
  quoteStart: number | null;
}

/** Writing one comment or reply; the text stays in the box when the server refuses it. */
function CommentForm(props: {
  id: string;
  label: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const t = useTranslations("review.comments");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const refused = await props.onSubmit(body);
      setError(refused);
      if (!refused) setBody("");
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={props.id} className="block text-sm">
        {props.label}
      </label>
      <textarea
        id={props.id}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        maxLength={LIMITS.comment}
        rows={3}
        autoFocus
        required
        className="w-full rounded border border-stone-300 p-2 text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary" pending={pending} disabled={!body.trim()}>
          {props.submitLabel}
        </Button>
        <Button onClick={props.onCancel}>{t("cancel")}</Button>
      </div>
      <ErrorAlert message={error} testId="comment-error" />
    </form>
  );
}

/** The comment threads of a report beside its text: open ones first, resolved ones folded away. */
export function CommentPanel(props: {
  reportId: string;
  threads: CommentThread[];
  canComment: boolean;
  composer: ComposerTarget | null;
  onCompose: (target: ComposerTarget | null) => void;
  addComment: AddComment;
  setStatus: SetCommentStatus;
}) {
  const t = useTranslations("review.comments");
  const router = useRouter();
  const open = props.threads.filter((c) => c.status === "OPEN");
  const resolved = props.threads.filter((c) => c.status === "RESOLVED");

  const post = async (input: NewComment): Promise<string | null> => {
    const result = await props.addComment({ reportId: props.reportId, ...input });
    if (!result.ok) return result.message;
    router.refresh();
    return null;
  };

  return (
    <section aria-labelledby="comments-heading" id="comments" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="comments-heading" className="text-lg font-medium">
          {t("title")}
        </h2>
        <span className="text-sm text-stone-600" data-testid="open-comment-count">
          {t("openCount", { count: open.length })}
        </span>
      </div>
      {props.canComment && !props.composer && (
        <Button onClick={() => props.onCompose({ sectionId: null, sectionName: null, quote: null, quoteStart: null })}>{t("commentOnReport")}</Button>
      )}
      {props.canComment && props.composer && (
        <div className="space-y-2 rounded border border-blue-200 bg-blue-50 p-2" data-testid="comment-composer">
          <p className="text-sm font-medium">{props.composer.sectionName ? t("composeOn", { section: props.composer.sectionName }) : t("composeOnReport")}</p>
          {props.composer.quote && (
            <blockquote className="border-l-2 border-blue-400 pl-2 font-doc text-sm whitespace-pre-wrap break-words">{props.composer.quote}</blockquote>
          )}
          <CommentForm
            id="new-comment"
            label={t("bodyLabel")}
            submitLabel={t("post")}
            onCancel={() => props.onCompose(null)}
            onSubmit={async (body) => {
              const c = props.composer!;
              const refused = await post({ sectionId: c.sectionId, parentId: null, body, quote: c.quote, quoteStart: c.quoteStart });
              if (!refused) props.onCompose(null);
              return refused;
            }}
          />
        </div>
      )}
      {props.threads.length === 0 && <p className="text-sm text-stone-500">{t("none")}</p>}
      <ul className="space-y-2" aria-label={t("openList")}>
        {open.map((c) => (
          <Thread key={c.id} thread={c} canComment={props.canComment} post={post} setStatus={props.setStatus} />
        ))}
      </ul>
      {resolved.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm text-stone-600">{t("resolvedCount", { count: resolved.length })}</summary>
          <ul className="mt-2 space-y-2" aria-label={t("resolvedList")}>
            {resolved.map((c) => (
              <Thread key={c.id} thread={c} canComment={props.canComment} post={post} setStatus={props.setStatus} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Thread(props: {
  thread: CommentThread;
  canComment: boolean;
  post: (input: NewComment) => Promise<string | null>;
  setStatus: SetCommentStatus;
}) {
  const t = useTranslations("review.comments");
  const format = useFormatter();
  const label = useSectionLabel();
  const status = useAction(props.setStatus);
  const [replying, setReplying] = useState(false);
  const c = props.thread;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const place = c.section ? label(c.section.kind, c.section.ordinal) : c.sectionGone ? t("sectionGone") : t("wholeReport");

  const toggle = () => void status.run({ commentId: c.id, status: c.status === "OPEN" ? "RESOLVED" : "OPEN" });

  return (
    <li className="space-y-1 rounded border border-stone-200 bg-white p-2 text-sm" data-testid="comment-thread" data-status={c.status}>
      <p className="text-xs text-stone-500">
        {c.section ? (
          <a href={`#section-${c.section.id}`} className="text-blue-800 hover:underline">
            {place}
          </a>
        ) : (
          place
        )}
        {" · "}
        {c.author.name} · {when(c.createdAt)}
      </p>
      {c.quote && (
        <figure>
          <blockquote className="border-l-2 border-stone-400 pl-2 font-doc whitespace-pre-wrap break-words text-stone-700" data-testid="comment-quote">
            {c.quote}
          </blockquote>
          {c.quoteChanged && (
            <figcaption className="text-xs text-amber-800" data-testid="quote-changed">
              {t("quoteChanged")}
            </figcaption>
          )}
        </figure>
      )}
      <p className="whitespace-pre-wrap break-words" data-testid="comment-body">
        {c.body}
      </p>
      {c.replies.length > 0 && (
        <ul className="space-y-1 border-l border-stone-200 pl-3" aria-label={t("replies")}>
          {c.replies.map((r) => (
            <li key={r.id} data-testid="comment-reply">
              <p className="text-xs text-stone-500">
                {r.author.name} · {when(r.createdAt)}
              </p>
              <p className="whitespace-pre-wrap break-words">{r.body}</p>
            </li>
          ))}
        </ul>
      )}
      {c.status === "RESOLVED" && c.resolvedBy && c.resolvedAt && (
        <p className="text-xs text-emerald-800">{t("resolvedBy", { name: c.resolvedBy, time: when(c.resolvedAt) })}</p>
      )}
      {props.canComment && !replying && (
        <div className="flex flex-wrap gap-3 text-xs">
          <button type="button" onClick={() => setReplying(true)} className="text-blue-800 hover:underline">
            {t("reply")}
          </button>
          <button type="button" onClick={toggle} disabled={status.pending} aria-busy={status.pending || undefined} className="text-blue-800 hover:underline disabled:opacity-50">
            {c.status === "OPEN" ? t("resolve") : t("reopen")}
          </button>
        </div>
      )}
      {replying && (
        <CommentForm
          id={`reply-${c.id}`}
          label={t("replyLabel")}
          submitLabel={t("postReply")}
          onCancel={() => setReplying(false)}
          onSubmit={async (body) => {
            const refused = await props.post({ sectionId: null, parentId: c.id, body, quote: null, quoteStart: null });
            if (!refused) setReplying(false);
            return refused;
          }}
        />
      )}
      <ErrorAlert message={status.error} inline />
    </li>
  );
}
