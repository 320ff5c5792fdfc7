"use client";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/domain/action-context";
import { useAction } from "@/components/ui/use-action";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";

type Take = (input: { reportId: string; key: string }) => Promise<ActionResult<unknown>>;

/** 采用合计: the parent's figure of this code set to the roll-up's total, kept linked to its sources. */
export function TakeFigureButton(props: { reportId: string; figureKey: string; takenText: string | null; action: Take }) {
  const t = useTranslations("rollup.figures");
  const { run, pending, error } = useAction(props.action);
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <Button variant="primary" onClick={() => run({ reportId: props.reportId, key: props.figureKey })} pending={pending} data-testid="take-figure">
        {t("take")}
      </Button>
      {props.takenText && (
        <span className="text-stone-600" data-testid="taken-figure">
          {props.takenText}
        </span>
      )}
      <ErrorAlert message={error} inline />
    </p>
  );
}
