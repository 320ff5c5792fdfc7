"use client";
import { useEffect, useId, useRef } from "react";

const FOCUSABLE = 'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A confirm before a step that cannot simply be taken back (submit, a final approval, a withdrawal, a
 * delete). The native <dialog> opened with showModal(): the page behind is inert, Escape cancels, and
 * focus returns to where it was. Tab and Shift+Tab cycle inside the dialog (never out to the page or the
 * browser chrome). role="alertdialog", named by its title and described by its body, which says what
 * will happen. The cancel button takes the focus first unless `focusConfirm` is set.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
  /** A destructive action (delete, withdraw) gets a red confirm button. */
  danger?: boolean;
  focusConfirm?: boolean;
  /** Where focus goes when it closes; by default the element focused when it opened. */
  returnFocusTo?: React.RefObject<HTMLElement | null>;
  testId?: string;
  children?: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const { open, focusConfirm, returnFocusTo } = props;
  // The latest open/cancel, for the dialog's own "close" event (the browser may close it on a repeated Escape).
  const latest = useRef({ open, onCancel: props.onCancel });
  useEffect(() => {
    latest.current = { open, onCancel: props.onCancel };
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const opener = document.activeElement as HTMLElement | null;
      dialog.showModal();
      (focusConfirm ? confirmRef : cancelRef).current?.focus();
      return () => {
        if (dialog.open) dialog.close();
        const back = returnFocusTo?.current ?? opener;
        if (back?.isConnected) back.focus();
      };
    }
    if (!open && dialog.open) dialog.close();
  }, [open, focusConfirm, returnFocusTo]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== "Tab") return;
    const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  // Nothing in the page while closed: an editor has one per section, and each was in its HTML.
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={props.testId}
      onKeyDown={onKeyDown}
      // Escape: the browser fires "cancel"; we keep the dialog's open state in React's hands.
      onCancel={(e) => {
        e.preventDefault();
        if (!props.pending) props.onCancel();
      }}
      onClose={() => {
        if (latest.current.open) latest.current.onCancel();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded border border-stone-300 bg-white p-0 text-sm text-stone-900 shadow-lg backdrop:bg-black/30"
    >
      <div className="space-y-3 p-4">
        <h2 id={titleId} className="text-base font-medium">
          {props.title}
        </h2>
        <div id={bodyId} className="space-y-2 text-stone-700">
          {props.children}
        </div>
        <div className="flex flex-wrap justify-end gap-2 pt-1">
          <button ref={cancelRef} type="button" disabled={props.pending} onClick={props.onCancel} className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-50 disabled:opacity-60">
            {props.cancelLabel}
          </button>
          <button
            ref={confirmRef}
            type="button"
            disabled={props.pending}
            onClick={props.onConfirm}
            className={`rounded px-3 py-1.5 text-white disabled:opacity-60 ${props.danger ? "bg-red-700 hover:bg-red-800" : "bg-seal hover:opacity-90"}`}
          >
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
