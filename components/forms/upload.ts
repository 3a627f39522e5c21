/**
 * The browser side of an upload to a files route (lib/files/http.ts): the file's bytes as
 * the body, purpose and name in the query, progress from XMLHttpRequest (fetch reports no
 * upload progress). Resolves with the stored file or the server's translated error.
 */
export type UploadedFile = { id: string; name: string; contentType: string; size: number };
export type UploadOutcome =
  { ok: true; file: UploadedFile } | { ok: false; message: string | null; code: string | null };

export function uploadFile(
  url: string,
  file: File,
  query: Record<string, string>,
  onProgress: (fraction: number) => void,
): { done: Promise<UploadOutcome>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    const target = `${url}?${new URLSearchParams({ ...query, name: file.name })}`;
    xhr.open("POST", target);
    xhr.responseType = "json";
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { file?: UploadedFile; error?: { code?: string; message?: string } } | null;
      if (xhr.status === 201 && body?.file) resolve({ ok: true, file: body.file });
      else resolve({ ok: false, message: body?.error?.message ?? null, code: body?.error?.code ?? null });
    };
    xhr.onerror = () => resolve({ ok: false, message: null, code: "NETWORK" });
    xhr.onabort = () => resolve({ ok: false, message: null, code: "ABORTED" });
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
