"use client";

import type { ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { DeferredPopup } from "@/components/ui/deferred-popup";
import type { ActionState, ServerAction } from "@/lib/http/action-state";

export type ConfirmActionProps = {
  action: ServerAction;
  /** Hidden inputs sent with the confirmation (tenant, ids). */
  fields: Record<string, string>;
  triggerLabel: string;
  /** Extra words for screen readers, e.g. the person's name, so row buttons are distinct. */
  triggerContext?: string;
  triggerIcon?: ReactNode;
  triggerVariant?: ButtonProps["variant"];
  triggerSize?: ButtonProps["size"];
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  tone?: "danger" | "primary";
  /** Runs after the server confirmed (e.g. a client-side sign-out). */
  onSuccess?: (state: ActionState) => void;
};

const loadDialog = () => import("./confirm-action-dialog");

/**
 * A button that asks "are you sure?" in a dialog before running a server action. Until it
 * is first pressed only the button is rendered; the dialog (Radix Dialog, focus scope,
 * remove-scroll) loads then — see DeferredPopup — so a list's bulk bar or a page's row
 * buttons do not put it in the page's first script.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const trigger = (
    <Button variant={props.triggerVariant ?? "secondary"} size={props.triggerSize ?? "sm"}>
      {props.triggerIcon}
      {props.triggerLabel}
      {props.triggerContext && <span className="sr-only"> ({props.triggerContext})</span>}
    </Button>
  );
  return <DeferredPopup popup="dialog" trigger={trigger} load={loadDialog} props={props} />;
}
