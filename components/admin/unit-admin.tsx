"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

type Act<I> = (input: I) => Promise<ActionResult<unknown>>;

/** 新建单位: a name, a code and the unit it sits under (one the admin administers). */
export function CreateUnitForm(props: { parents: { id: string; name: string }[]; action: Act<{ name: string; code: string; parentId: string }> }) {
  const t = useTranslations("admin.unitAdmin");
  const { run, pending, error } = useAction(props.action);
  const [name, setName] = useState("");
  const [code, setCode] = useState("");
  const [parentId, setParentId] = useState(props.parents[0]?.id ?? "");
  const [done, setDone] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setDone(false);
    const result = await run({ name, code, parentId });
    if (result?.ok) {
      setName("");
      setCode("");
      setDone(true);
    }
  };
  return (
    <form onSubmit={submit} aria-label={t("create")} className="flex flex-wrap items-end gap-2 rounded border border-stone-200 bg-white p-3 text-sm">
      <label className="flex flex-col gap-1">
        {t("name")}
        <input value={name} onChange={(e) => setName(e.target.value)} className="rounded border border-stone-300 px-2 py-1" />
      </label>
      <label className="flex flex-col gap-1">
        {t("code")}
        <input value={code} onChange={(e) => setCode(e.target.value)} className="rounded border border-stone-300 px-2 py-1 font-mono" />
      </label>
      <label className="flex flex-col gap-1">
        {t("parent")}
        <select value={parentId} onChange={(e) => setParentId(e.target.value)} className="rounded border border-stone-300 px-2 py-1">
          {props.parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="primary" pending={pending}>
        {t("createButton")}
      </Button>
      {done && (
        <p role="status" className="w-full text-emerald-800">
          {t("created")}
        </p>
      )}
      <ErrorAlert message={error} testId="unit-create-error" inline />
    </form>
  );
}

/** Rename, move and disable/enable one unit; disabling asks first and says what it does to the unit's reports. */
export function UnitControls(props: {
  unit: { id: string; name: string; parentId: string | null; disabled: boolean; reports: number };
  parents: { id: string; name: string }[];
  actions: {
    rename: Act<{ unitId: string; name: string }>;
    move: Act<{ unitId: string; parentId: string }>;
    setDisabled: Act<{ unitId: string; disabled: boolean }>;
  };
}) {
  const t = useTranslations("admin.unitAdmin");
  const rename = useAction(props.actions.rename);
  const move = useAction(props.actions.move);
  const toggle = useAction(props.actions.setDisabled);
  const [name, setName] = useState(props.unit.name);
  const others = props.parents.filter((p) => p.id !== props.unit.id);
  const [parentId, setParentId] = useState(props.unit.parentId && others.some((p) => p.id === props.unit.parentId) ? props.unit.parentId : (others[0]?.id ?? ""));
  const [confirming, setConfirming] = useState(false);
  const u = props.unit;
  const setDisabled = async (disabled: boolean) => {
    setConfirming(false);
    await toggle.run({ unitId: u.id, disabled });
  };
  return (
    <div className="flex flex-col gap-1 text-xs" data-testid="unit-controls">
      <form
        className="flex flex-wrap items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          void rename.run({ unitId: u.id, name });
        }}
      >
        <label className="sr-only" htmlFor={`unit-name-${u.id}`}>
          {t("renameLabel", { unit: u.name })}
        </label>
        <input id={`unit-name-${u.id}`} value={name} onChange={(e) => setName(e.target.value)} className="w-36 rounded border border-stone-300 px-1 py-0.5" />
        <Button type="submit" size="sm" pending={rename.pending}>
          {t("rename")}
        </Button>
      </form>
      <ErrorAlert message={rename.error} testId="unit-rename-error" inline />
      {others.length > 0 && (
        <form
          className="flex flex-wrap items-center gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            void move.run({ unitId: u.id, parentId });
          }}
        >
          <label className="sr-only" htmlFor={`unit-parent-${u.id}`}>
            {t("moveLabel", { unit: u.name })}
          </label>
          <select id={`unit-parent-${u.id}`} value={parentId} onChange={(e) => setParentId(e.target.value)} className="max-w-[10rem] rounded border border-stone-300 px-1 py-0.5">
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <Button type="submit" size="sm" pending={move.pending}>
            {t("move")}
          </Button>
        </form>
      )}
      <ErrorAlert message={move.error} testId="unit-move-error" inline />
      <div>
        {u.disabled ? (
          <Button size="sm" pending={toggle.pending} onClick={() => setDisabled(false)}>
            {t("enableLabel", { unit: u.name })}
          </Button>
        ) : (
          <Button variant="danger" size="sm" pending={toggle.pending} onClick={() => setConfirming(true)}>
            {t("disableLabel", { unit: u.name })}
          </Button>
        )}
      </div>
      <ErrorAlert message={toggle.error} testId="unit-disable-error" inline />
      <ConfirmDialog
        open={confirming}
        title={t("disableTitle", { unit: u.name })}
        confirmLabel={t("disableConfirm")}
        cancelLabel={t("cancel")}
        onConfirm={() => setDisabled(true)}
        onCancel={() => setConfirming(false)}
        pending={toggle.pending}
        danger
        testId="unit-disable-confirm"
      >
        <p>{t("disableWhat", { reports: u.reports })}</p>
      </ConfirmDialog>
    </div>
  );
}
