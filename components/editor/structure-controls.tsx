"use client";
// Structure controls of a section or plan item (owner, move, delete) and its save state: small, beside the
// text rather than in it, in the tab order after the text they belong to.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useEditorContext } from "./editor-context";
import type { SaveState } from "./use-autosave";

export function StructureControls(props: {
  label: string;
  idBase: string;
  saveState: SaveState;
  rtt?: number | null;
  ownerId: string | null;
  isFirst: boolean;
  isLast: boolean;
  onOwner: (ownerId: string | null) => void;
  onMove: (direction: "up" | "down") => void;
  onDelete: () => void;
  children?: React.ReactNode;
  /** message namespace for the labels: sections and plan items word them differently */
  ns?: "editor" | "editor.plan";
}) {
  // client-messages: editor
  // (props.ns is one of its parts, e.g. editor.plan)
  const t = useTranslations(props.ns ?? "editor");
  const tEditor = useTranslations("editor");
  const { drafters } = useEditorContext();
  const [confirming, setConfirming] = useState(false);
  const btn = "ctl-btn";
  // The controls do nothing until the page's scripts run, and a document has one bar per section and plan
  // item (the most repeated markup of the editor's HTML): the server sends the save state only, the bar
  // keeps its height, and the browser adds the controls when it hydrates.
  const hydrated = useHydrated();
  return (
    <div className="doc-controls">
      <span data-testid="section-save-state" data-state={props.saveState} data-rtt={props.rtt ?? undefined} className="mr-auto xl:mr-0 xl:w-full">
        {tEditor(`save.${props.saveState}`)}
      </span>
      {hydrated && (
        <>
          <label className="sr-only" htmlFor={`owner-${props.idBase}`}>
            {tEditor("ownerOf", { label: props.label })}
          </label>
          <select
            id={`owner-${props.idBase}`}
            defaultValue={props.ownerId ?? ""}
            onChange={(e) => props.onOwner(e.target.value || null)}
            className="ctl-select max-w-[6rem]"
          >
            <option value="">{tEditor("noOwner")}</option>
            {drafters.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          {props.children}
          <button type="button" id={`move-up-${props.idBase}`} disabled={props.isFirst} onClick={() => props.onMove("up")} aria-label={t("moveUp", { label: props.label })} className={btn}>
            ↑
          </button>
          <button type="button" id={`move-down-${props.idBase}`} disabled={props.isLast} onClick={() => props.onMove("down")} aria-label={t("moveDown", { label: props.label })} className={btn}>
            ↓
          </button>
          <button
            type="button"
            onClick={() => setConfirming(true)}
            aria-label={t("delete", { label: props.label })}
            className="ctl-btn ctl-del"
          >
            {t("deleteShort")}
          </button>
          <ConfirmDialog
            open={confirming}
            title={tEditor("deleteTitle", { label: props.label })}
            confirmLabel={t("deleteShort")}
            cancelLabel={tEditor("cancel")}
            onConfirm={() => {
              setConfirming(false);
              props.onDelete();
            }}
            onCancel={() => setConfirming(false)}
            danger
            testId="delete-confirm"
          >
            <p>{t("confirmDelete", { label: props.label })}</p>
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
