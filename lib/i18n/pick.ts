import type { AbstractIntlMessages } from "next-intl";
import type { Messages } from "./messages";

/** Every namespace of the catalog with nested messages under it: "shell", "notifications.bell"… */
type Namespaces<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? never : `${Prefix}${K}` | Namespaces<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageNamespace = Namespaces<Messages>;

type Tree = AbstractIntlMessages;

/** Only the given namespaces of `messages`, nested as in the catalog. */
export function pickMessages(messages: Tree, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let source: Tree | string | undefined = messages;
    for (const key of keys) source = isNamespace(source) ? source[key] : undefined;
    if (source === undefined) continue; // a missing namespace shows up as missing messages where it is used
    let target = picked;
    keys.slice(0, -1).forEach((key) => {
      const next = target[key];
      target = (target[key] = isNamespace(next) ? next : {}) as Tree;
    });
    target[keys[keys.length - 1]!] = source;
  }
  return picked;
}

/**
 * A nested group of messages, as opposed to one message: a string, or in a production
 * build an array (messages are precompiled, see next.config.mjs).
 */
function isNamespace(value: Tree[string] | undefined): value is Tree {
  return typeof value === "object" && !Array.isArray(value);
}

/** `outer` with `inner` laid over it, object by object (both stay untouched). */
export function mergeMessages(outer: Tree, inner: Tree): Tree {
  const merged: Tree = { ...outer };
  for (const [key, value] of Object.entries(inner)) {
    const existing = merged[key];
    merged[key] = isNamespace(value) && isNamespace(existing) ? mergeMessages(existing, value) : value;
  }
  return merged;
}
