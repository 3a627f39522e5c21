"use client";

import { useEffect, useId, useRef, useState, type DragEvent, type Ref } from "react";
import { FileUp, LoaderCircle, Trash2, Upload, X } from "lucide-react";
import { useFormContext } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { FieldControlProps } from "./field";
import { useFormUploads } from "./form";
import { uploadFile, type UploadedFile } from "./upload";

export type FileFieldProps = FieldControlProps & {
  /** The files route of this side: `/<tenant>/admin/files` or `/<tenant>/portal/files`. */
  uploadUrl: string;
  /** The purpose of lib/files/purposes.ts; the server enforces its limits and types. */
  purpose: string;
  /** Extra query for the upload (a vendor naming the partner: `{ partnerId }`). */
  query?: Record<string, string>;
  /** Types offered by the picker and checked before sending (the server checks the content). */
  accept: readonly string[];
  /** The purpose's size limit, checked before sending. */
  maxBytes: number;
  /** What the field holds today (its id is the field's value), with a preview URL for images. */
  current?: { name: string; previewUrl?: string | undefined } | null;
  /** Show an image preview of the chosen file. */
  imagePreview?: boolean;
  /** After an upload, e.g. to show the new logo elsewhere on the page. */
  onUploaded?: (file: UploadedFile, previewUrl: string | null) => void;
  /** When the file is removed from the field. */
  onRemoved?: () => void;
};

type Status =
  | { kind: "idle" }
  | { kind: "uploading"; name: string; fraction: number }
  | { kind: "done"; name: string; size: number };

const formatMb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * A file field of the form kit: a button (and, for pointers, a drop zone) that uploads the
 * chosen file at once to the files route — with progress, cancel, and the server's
 * translated errors on the field — and puts the stored file's id in the form's value, which
 * the form's action then claims (lib/files/claim.ts). Use inside <Field> as a custom control.
 */
export function FileField({
  id,
  name,
  value,
  onChange,
  onBlur,
  ref,
  disabled,
  uploadUrl,
  purpose,
  query,
  accept,
  maxBytes,
  current,
  imagePreview = false,
  onUploaded,
  onRemoved,
  ...aria
}: FileFieldProps) {
  const t = useTranslations("files.field");
  const { setError, clearErrors } = useFormContext();
  const uploads = useFormUploads();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<(() => void) | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [preview, setPreview] = useState<string | null>(current?.previewUrl ?? null);
  const [dragging, setDragging] = useState(false);
  const statusId = useId();
  const fileValue = typeof value === "string" ? value : "";

  useEffect(
    () => () => {
      abort.current?.();
      uploads?.finish(name);
    },
    [uploads, name],
  );

  function fail(message: string) {
    setStatus({ kind: "idle" });
    setError(name, { type: "upload", message }, { shouldFocus: false });
  }

  async function send(file: File) {
    clearErrors(name);
    if (file.size > maxBytes) return fail(t("tooLarge", { maxMb: formatMb(maxBytes) }));
    if (file.size === 0) return fail(t("empty"));
    if (file.type && !accept.includes(file.type)) return fail(t("wrongType", { types: typesLabel(accept) }));
    setStatus({ kind: "uploading", name: file.name, fraction: 0 });
    uploads?.start(name, t("stillUploading", { name: file.name }));
    const upload = uploadFile(uploadUrl, file, { purpose, ...query }, (fraction) =>
      setStatus({ kind: "uploading", name: file.name, fraction }),
    );
    abort.current = upload.abort;
    const outcome = await upload.done;
    abort.current = null;
    uploads?.finish(name);
    clearErrors(name);
    if (!outcome.ok) {
      if (outcome.code === "ABORTED") return setStatus({ kind: "idle" });
      return fail(outcome.message ?? t("network"));
    }
    const local = imagePreview ? URL.createObjectURL(file) : null;
    setPreview(local);
    setStatus({ kind: "done", name: outcome.file.name, size: outcome.file.size });
    onChange(outcome.file.id);
    onUploaded?.(outcome.file, local);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled && status.kind !== "uploading") void send(file);
  }

  const shownName = status.kind === "done" ? status.name : fileValue ? current?.name : undefined;
  const uploading = status.kind === "uploading" ? status : null;

  return (
    <div
      className={cn(
        "rounded-lg border-2 border-dashed p-4 transition-colors",
        dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white",
        aria["aria-invalid"] && "border-red-600",
      )}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-file-field={name}
    >
      {/* Posted as it is without JavaScript, so saving the form keeps the current file. */}
      <input type="hidden" name={name} value={fileValue} />
      <input
        ref={input}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        accept={accept.join(",")}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void send(file);
        }}
      />
      <div className="flex flex-wrap items-center gap-4">
        {imagePreview && preview && fileValue && (
          // eslint-disable-next-line @next/next/no-img-element -- an uploaded file's own URL or a local blob, not an optimisable asset
          <img
            src={preview}
            alt=""
            className="h-14 w-auto max-w-40 rounded border border-slate-200 bg-slate-50 object-contain p-1"
          />
        )}
        {/* A 12rem basis, not 0: on a narrow screen the buttons wrap below the text instead of squeezing it. */}
        <div className="min-w-0 grow basis-48 space-y-1">
          <p className="text-sm font-medium break-words text-slate-900">{shownName ?? t("none")}</p>
          <p className="text-sm text-slate-600">
            {t("limits", { types: typesLabel(accept), maxMb: formatMb(maxBytes) })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {uploading ? (
            <Button type="button" variant="secondary" size="sm" onClick={() => abort.current?.()}>
              <X aria-hidden="true" />
              {t("cancel")}
            </Button>
          ) : (
            <>
              <Button
                type="button"
                variant="secondary"
                size="sm"
                id={id}
                ref={ref as Ref<HTMLButtonElement>}
                disabled={disabled}
                onBlur={onBlur}
                onClick={() => input.current?.click()}
                {...aria}
              >
                <Upload aria-hidden="true" />
                {fileValue ? t("replace") : t("choose")}
              </Button>
              {fileValue && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={disabled}
                  onClick={() => {
                    clearErrors(name);
                    setStatus({ kind: "idle" });
                    setPreview(null);
                    onChange("");
                    onRemoved?.();
                  }}
                >
                  <Trash2 aria-hidden="true" />
                  {t("remove")}
                </Button>
              )}
            </>
          )}
        </div>
      </div>
      <p className="mt-3 hidden items-center gap-2 text-sm text-slate-600 [@media(pointer:fine)]:flex">
        <FileUp aria-hidden="true" className="size-4" />
        {t("drop")}
      </p>
      {uploading && (
        <div className="mt-3 space-y-1">
          <progress
            className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700"
            max={1}
            value={uploading.fraction}
            aria-labelledby={statusId}
          />
        </div>
      )}
      {/* Announced once when the upload starts and once when it ends; the bar carries the progress. */}
      <p
        id={statusId}
        role="status"
        className={cn("text-sm text-slate-700", uploading ? "mt-1 flex items-center gap-2" : "sr-only")}
      >
        {uploading && <LoaderCircle aria-hidden="true" className="size-4 animate-spin motion-reduce:animate-none" />}
        {uploading
          ? t("uploading", { name: uploading.name })
          : status.kind === "done"
            ? t("uploaded", { name: status.name })
            : ""}
        {uploading && <span aria-hidden="true">{Math.round(uploading.fraction * 100)}%</span>}
      </p>
    </div>
  );
}

function typesLabel(types: readonly string[]): string {
  return types.map((type) => (type === "image/jpeg" ? "JPEG" : type.split("/")[1]!.toUpperCase())).join(", ");
}
