/**
 * .docx → PDF with LibreOffice headless.
 *
 * - The converter is `soffice` (or `libreoffice`) found on PATH; SUMMA_SOFFICE may name it.
 * - Conversions run one at a time, through an in-process promise queue (LibreOffice with one
 *   user profile cannot run twice, and a conversion takes a whole CPU anyway).
 * - Each conversion gets a private, throw-away user profile (-env:UserInstallation) and work
 *   directory under the OS temp dir; both are removed afterwards.
 * - LibreOffice runs in its own process group; on timeout the whole group is killed.
 * - FONTCONFIG_FILE points at config/fonts/fonts.conf, which maps the official Chinese font
 *   names of the .docx to free fonts installed on the server.
 * - Nothing here uses the network; LibreOffice is started with no document but the input file.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { childProcessEnv, exportEnv } from "@/lib/env";

/** No LibreOffice on this machine. */
export class PdfConverterUnavailableError extends Error {
  constructor(message = "PDF export needs LibreOffice (soffice); none was found on PATH") {
    super(message);
    this.name = "PdfConverterUnavailableError";
  }
}

export interface PdfConversionFailure {
  reason: "timeout" | "exit" | "no-output" | "spawn";
  exitCode?: number | null;
  signal?: NodeJS.Signals | null;
  /** The tail of LibreOffice's stderr/stdout, for logs. */
  output?: string;
}

/** LibreOffice ran but produced no PDF (crash, bad input, timeout). */
export class PdfConversionError extends Error {
  readonly failure: PdfConversionFailure;
  constructor(message: string, failure: PdfConversionFailure) {
    super(message);
    this.name = "PdfConversionError";
    this.failure = failure;
  }
}

export interface ConvertToPdfOptions {
  /** Kill LibreOffice after this long; default 60 s. Queue waiting time is not counted. */
  timeoutMs?: number;
  /** fontconfig file for rendering; default: SUMMA_FONTCONFIG_FILE or <cwd>/config/fonts/fonts.conf. */
  fontconfigFile?: string;
  /** Converter executable; default: findConverter(). */
  converter?: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const OUTPUT_TAIL = 4000;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Path of the LibreOffice executable (`soffice`, else `libreoffice`) on PATH, or null. */
export function findConverter(): string | null {
  const settings = exportEnv();
  const override = settings.soffice;
  if (override) return isExecutable(override) ? override : null;
  const dirs = settings.path.split(path.delimiter).filter(Boolean);
  for (const name of ["soffice", "libreoffice"]) {
    for (const dir of dirs) {
      // Run-time lookup on PATH: not a file of the app, so the bundler must not trace it.
      const candidate = path.join(/*turbopackIgnore: true*/ dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * Whether PDF export is offered: findConverter(), remembered for a minute. Pages that show the export
 * menu ask on every request, and the lookup tests every directory on PATH (a fifth of a millisecond);
 * LibreOffice installed or removed shows within the minute.
 */
let converterSeen: { at: number; found: boolean } | null = null;
export function converterAvailable(now = Date.now()): boolean {
  if (!converterSeen || now - converterSeen.at > 60_000) converterSeen = { at: now, found: findConverter() !== null };
  return converterSeen.found;
}

/** The project's fontconfig file used for rendering, if it exists. */
export function defaultFontconfigFile(): string | null {
  const file = exportEnv().fontconfigFile ?? path.resolve(/*turbopackIgnore: true*/ process.cwd(), "config/fonts/fonts.conf");
  return existsSync(file) ? file : null;
}

// ---------------------------------------------------------------------------------------------
// Serialization: one conversion at a time in this process.

let queue: Promise<unknown> = Promise.resolve();

function serialize<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

// ---------------------------------------------------------------------------------------------

interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  output: string;
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function runConverter(converter: string, args: string[], env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number) {
  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(converter, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);

    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once("close", (exitCode, signal) => {
      clearTimeout(timer);
      // soffice may leave helper processes behind in its group; they are ours to end.
      killGroup(child.pid);
      resolve({ exitCode, signal, timedOut, output });
    });
  });
}

async function convertOnce(docx: Buffer, opts: ConvertToPdfOptions): Promise<Buffer> {
  const converter = opts.converter ?? findConverter();
  if (!converter) throw new PdfConverterUnavailableError();
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fontconfigFile = opts.fontconfigFile ?? defaultFontconfigFile();

  const work = await mkdtemp(path.join(os.tmpdir(), "summa-pdf-"));
  try {
    const profile = path.join(work, "profile");
    const input = path.join(work, "document.docx");
    const outDir = path.join(work, "out");
    await writeFile(input, docx);

    const env: NodeJS.ProcessEnv = childProcessEnv({ SAL_USE_VCLPLUGIN: "svp" });
    if (fontconfigFile) env.FONTCONFIG_FILE = fontconfigFile;
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--nologo",
      "--nodefault",
      "--nolockcheck",
      "--norestore",
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      outDir,
      input,
    ];

    let result: RunResult;
    try {
      result = await runConverter(converter, args, env, work, timeoutMs);
    } catch (err) {
      throw new PdfConversionError(`could not start ${converter}: ${(err as Error).message}`, { reason: "spawn" });
    }
    if (result.timedOut) {
      throw new PdfConversionError(`PDF conversion timed out after ${timeoutMs} ms`, {
        reason: "timeout",
        exitCode: result.exitCode,
        signal: result.signal,
        output: result.output,
      });
    }
    if (result.exitCode !== 0) {
      throw new PdfConversionError(`LibreOffice exited with ${result.exitCode ?? result.signal}`, {
        reason: "exit",
        exitCode: result.exitCode,
        signal: result.signal,
        output: result.output,
      });
    }
    let pdf: Buffer;
    try {
      pdf = await readFile(path.join(outDir, "document.pdf"));
    } catch {
      throw new PdfConversionError("LibreOffice produced no PDF", { reason: "no-output", exitCode: 0, output: result.output });
    }
    if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") {
      throw new PdfConversionError("LibreOffice output is not a PDF", { reason: "no-output", exitCode: 0, output: result.output });
    }
    return pdf;
  } finally {
    await rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Converts a .docx to PDF. Calls are queued and run one at a time.
 * @throws PdfConverterUnavailableError when LibreOffice is not installed
 * @throws PdfConversionError when the conversion fails or times out
 */
export function convertDocxToPdf(docx: Buffer, opts: ConvertToPdfOptions = {}): Promise<Buffer> {
  return serialize(() => convertOnce(docx, opts));
}
