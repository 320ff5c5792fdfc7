"use client";
import { forwardRef } from "react";

/** The three kinds of button the app uses: the main step of a form, the others beside it, and a destructive one. */
export type ButtonVariant = "primary" | "secondary" | "danger";

const VARIANT: Record<ButtonVariant, string> = {
  primary: "bg-seal text-white hover:opacity-90",
  secondary: "border border-stone-300 bg-white hover:bg-stone-50",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
};
const SIZE = { md: "px-3 py-1.5 text-sm", sm: "px-2 py-0.5" } as const;

/**
 * A button in one of the app's looks. `pending` (an action running) disables it and sets aria-busy, so a
 * second click cannot send the action twice and assistive technology hears that it is working. type
 * defaults to "button": a form's submit says so.
 */
export const Button = forwardRef<
  HTMLButtonElement,
  React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: keyof typeof SIZE; pending?: boolean }
>(function Button({ variant = "secondary", size = "md", pending = false, disabled, className, type = "button", ...rest }, ref) {
  return (
    <button
      ref={ref}
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={`rounded disabled:opacity-60 ${VARIANT[variant]} ${SIZE[size]}${className ? ` ${className}` : ""}`}
      {...rest}
    />
  );
});
