"use client";
import { ROLES, type RoleName as Role } from "@/lib/permissions/actions";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/editor/field-error";
import { refusalOf, type Refusal } from "@/components/ui/refusal";

type Err = Refusal | null;

export interface UserAdminActions {
  setDisabled: (input: { userId: string; disabled: boolean }) => Promise<ActionResult<unknown>>;
  addMembership: (input: { userId: string; unitId: string; role: Role }) => Promise<ActionResult<unknown>>;
  removeMembership: (input: { membershipId: string }) => Promise<ActionResult<unknown>>;
}

/** One user's roles and state, editable: remove a role, add one, disable or enable the account. */
export function UserAdmin(props: {
  user: { id: string; name: string; disabled: boolean; memberships: { id: string; role: Role; unit: { name: string } }[] };
  units: { id: string; name: string }[];
  actions: UserAdminActions;
}) {
  const t = useTranslations("admin.people");
  const tRole = useTranslations("role");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<Err>(null);
  const [unitId, setUnitId] = useState(props.units[0]?.id ?? "");
  const [role, setRole] = useState<Role>("STAFF");
  const run = (p: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      const r = await p();
      if (!r.ok) return setError(refusalOf(r));
      setError(null);
      router.refresh();
    });
  const { user } = props;
  return (
    <div className="space-y-1" role="group" aria-label={t("manage", { name: user.name })}>
      <ul className="flex flex-wrap gap-1">
        {user.memberships.map((m) => (
          <li key={m.id} className="flex items-center gap-1 rounded bg-stone-100 px-1.5 text-xs">
            {m.unit.name}·{tRole(m.role)}
            <button
              type="button"
              disabled={pending}
              onClick={() => run(() => props.actions.removeMembership({ membershipId: m.id }))}
              aria-label={t("removeRole", { unit: m.unit.name, role: tRole(m.role) })}
              className="px-1 text-red-700"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-1 text-xs">
        <select aria-label={t("unit")} value={unitId} onChange={(e) => setUnitId(e.target.value)} className="rounded border border-stone-300 px-1 py-0.5">
          {props.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <select aria-label={t("role")} value={role} onChange={(e) => setRole(e.target.value as Role)} className="rounded border border-stone-300 px-1 py-0.5">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {tRole(r)}
            </option>
          ))}
        </select>
        <button type="button" disabled={pending} onClick={() => run(() => props.actions.addMembership({ userId: user.id, unitId, role }))} className="rounded border border-stone-300 px-2 py-0.5">
          {t("addRole")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => props.actions.setDisabled({ userId: user.id, disabled: !user.disabled }))}
          className={`rounded px-2 py-0.5 ${user.disabled ? "bg-emerald-700 text-white" : "border border-red-300 text-red-700"}`}
        >
          {user.disabled ? t("enable") : t("disable")}
        </button>
      </div>
      <FieldError error={error} />
    </div>
  );
}

/** Creates an account with a first password (to be handed over in person) and one role. */
export function CreateUserForm(props: {
  units: { id: string; name: string }[];
  action: (input: { email: string; name: string; password: string; unitId: string; role: Role }) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("admin.people");
  const tRole = useTranslations("role");
  const router = useRouter();
  const [form, setForm] = useState({ email: "", name: "", password: "", unitId: props.units[0]?.id ?? "", role: "STAFF" as Role });
  const [error, setError] = useState<Err>(null);
  const [done, setDone] = useState(false);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const r = await props.action(form);
      if (!r.ok) {
        setDone(false);
        return setError(refusalOf(r));
      }
      setError(null);
      setDone(true);
      setForm({ ...form, email: "", name: "", password: "" });
      router.refresh();
    });
  };
  const field = "w-full rounded border border-stone-300 px-2 py-1";
  return (
    <form onSubmit={submit} aria-label={t("create")} className="space-y-2 rounded border border-stone-200 bg-white p-3 text-sm">
      <h3 className="font-medium">{t("create")}</h3>
      <div className="grid gap-2 sm:grid-cols-5">
        <label className="block">
          <span className="block text-xs text-stone-600">{t("name")}</span>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} className={field} />
        </label>
        <label className="block">
          <span className="block text-xs text-stone-600">{t("email")}</span>
          <input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} className={field} />
        </label>
        <label className="block">
          <span className="block text-xs text-stone-600">{t("password")}</span>
          <input type="password" autoComplete="new-password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} className={field} />
        </label>
        <label className="block">
          <span className="block text-xs text-stone-600">{t("unit")}</span>
          <select value={form.unitId} onChange={(e) => setForm({ ...form, unitId: e.target.value })} className={field}>
            {props.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="block text-xs text-stone-600">{t("role")}</span>
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })} className={field}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {tRole(r)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FieldError error={error} />
      {done && (
        <p role="status" className="text-emerald-700">
          {t("created")}
        </p>
      )}
      <Button type="submit" variant="primary" pending={pending}>
        {t("createButton")}
      </Button>
    </form>
  );
}
