export const PEER_HEADER: string;
export const ACTION_BODY_LIMIT: number;
export function refuseRequest(req: {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}): { status: number; code: string } | null;
export function refusalText(code: string, acceptLanguage?: string): string;
export function malformedActionBody(contentType: string | undefined, body: Buffer): boolean;
export function isActionRequest(req: { method?: string; headers: Record<string, string | string[] | undefined> }): boolean;
