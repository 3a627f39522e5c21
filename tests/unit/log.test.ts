/**
 * Log redaction: secrets handed to the logger in any shape (fields, nested payloads,
 * headers, errors, free text) never reach the output, while what an operator needs
 * (ids, error codes, messages) stays. Real pino, output captured as written.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, loggerFor, redact, REDACTED, scrub } from "@/lib/log";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger(stream, "debug"), lines, json: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const SECRETS = {
  password: "Correct-Horse-Battery-9",
  token: "tok_s3cr3tT0kenValue",
  cookie: "__Host-canal.session=eyJhbGciOiJkaXIi.payload.sig",
  bearer: "abc.def.ghi-bearer",
  code: "493817",
  smtpPassword: "relayPa55",
  resetToken: "Zq8-resetTOKEN_value",
};

describe("log redaction", () => {
  it("replaces secrets at any depth and in any key spelling", () => {
    const { log, lines, json } = capture();
    log.info(
      {
        userId: "usr_1",
        password: SECRETS.password,
        input: { newPassword: SECRETS.password, currentPassword: SECRETS.password, email: "ada@example.test" },
        headers: { Authorization: `Bearer ${SECRETS.bearer}`, cookie: SECRETS.cookie, "x-request-id": "req_1" },
        response: { "set-cookie": [SECRETS.cookie] },
        twilio: { TWILIO_AUTH_TOKEN: SECRETS.token, accountSid: "AC123" },
        event: { type: "phone.verification", payload: { params: { code: SECRETS.code }, link: "/workspaces" } },
        tokens: [{ tokenHash: SECRETS.token }],
      },
      "something happened",
    );
    const out = lines.join("");
    for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret);
    const [line] = json();
    expect(line).toMatchObject({
      level: "info",
      msg: "something happened",
      userId: "usr_1",
      password: REDACTED,
      input: { newPassword: REDACTED, currentPassword: REDACTED, email: "ada@example.test" },
      headers: { Authorization: REDACTED, cookie: REDACTED, "x-request-id": "req_1" },
      response: { "set-cookie": REDACTED },
      twilio: { TWILIO_AUTH_TOKEN: REDACTED, accountSid: "AC123" },
      event: { payload: { params: { code: REDACTED }, link: "/workspaces" } },
    });
  });

  it("scrubs errors and free text: URL credentials, bearer tokens, emailed-link tokens; keeps error codes", () => {
    const { log, lines, json } = capture();
    const error = Object.assign(new Error(`connect failed to smtp://canal:${SECRETS.smtpPassword}@relay.example:587`), {
      code: "ECONNREFUSED",
    });
    log.error({ err: error, link: `https://canal.example/reset-password/${SECRETS.resetToken}` }, "send failed");
    log.warn(`retrying with Authorization: Bearer ${SECRETS.bearer}`);
    log.error(new Error(`invite link /invite/${SECRETS.resetToken} expired`));
    const out = lines.join("");
    for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret);
    const [first] = json();
    expect(first).toMatchObject({
      err: { type: "Error", code: "ECONNREFUSED", message: `connect failed to smtp://${REDACTED}@relay.example:587` },
      link: `https://canal.example/reset-password/${REDACTED}`,
    });
    expect(String((first!.err as { stack: string }).stack)).not.toContain(SECRETS.smtpPassword);
  });

  it("keeps an application error code, and redacts a code that is a secret", () => {
    expect(redact({ code: "NOT_FOUND", error: { code: "P2002" }, status: { code: 404 } })).toEqual({
      code: "NOT_FOUND",
      error: { code: "P2002" },
      status: { code: 404 },
    });
    expect(redact({ params: { code: "123456" } })).toEqual({ params: { code: REDACTED } });
    expect(scrub("Basic dXNlcjpwYXNz and /unsubscribe/abc.def")).toBe(`Basic ${REDACTED} and /unsubscribe/${REDACTED}`);
  });

  it("survives cycles and odd values", () => {
    const cyclic: Record<string, unknown> = { id: "x", when: new Date(0) };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ id: "x", when: new Date(0), self: "[circular]" });
    expect(redact(new Headers({ authorization: "Bearer x", accept: "text/html" }))).toEqual({
      authorization: REDACTED,
      accept: "text/html",
    });
  });
});

describe("loggerFor", () => {
  it("binds the request id, tenant, user and partner of a request's context, once per context", () => {
    const ctx = { requestId: "req_abc", audience: "partner", tenantId: "ten_1", user: { id: "usr_1" }, partnerId: "ptn_1" };
    const log = loggerFor(ctx);
    expect(log.bindings()).toMatchObject({ requestId: "req_abc", audience: "partner", tenantId: "ten_1", userId: "usr_1", partnerId: "ptn_1" });
    expect(loggerFor(ctx)).toBe(log);
    const anonymous = loggerFor({ requestId: "req_anon" }).bindings();
    expect(anonymous).toMatchObject({ requestId: "req_anon" });
    expect(anonymous).not.toHaveProperty("tenantId");
    expect(anonymous).not.toHaveProperty("userId");
  });
});
