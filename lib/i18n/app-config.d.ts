// next-intl checks every message key against the Chinese catalogues (the reference language): a key
// misspelt or removed is a type error, not a raw key on screen. One import per area of MESSAGE_AREAS.
import type core from "./messages/core.zh-CN.json";
import type editor from "./messages/editor.zh-CN.json";
import type review from "./messages/review.zh-CN.json";
import type exportMessages from "./messages/export.zh-CN.json";
import type presence from "./messages/presence.zh-CN.json";
import type importMessages from "./messages/import.zh-CN.json";
import type notifications from "./messages/notifications.zh-CN.json";
import type rollup from "./messages/rollup.zh-CN.json";
import type templates from "./messages/templates.zh-CN.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: "zh-CN" | "en";
    Messages: typeof core & typeof editor & typeof review & typeof exportMessages & typeof presence & typeof importMessages & typeof notifications & typeof rollup & typeof templates;
  }
}
