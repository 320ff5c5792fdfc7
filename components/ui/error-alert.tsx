/**
 * A refusal or failure shown where it happened: role="alert" so a screen reader announces it when it
 * appears; nothing at all when there is no message. `inline` for a short one beside a control.
 */
export function ErrorAlert(props: { message: string | null | undefined; testId?: string; id?: string; inline?: boolean; className?: string }) {
  if (!props.message) return null;
  const look = props.inline ? "text-xs text-red-800" : "rounded bg-red-50 p-2 text-sm text-red-800";
  const Tag = props.inline ? "span" : "p";
  return (
    <Tag id={props.id} role="alert" className={props.className ? `${look} ${props.className}` : look} data-testid={props.testId}>
      {props.message}
    </Tag>
  );
}
