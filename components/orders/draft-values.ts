import { toDecimalString } from "@/lib/money";
import type { ShipTo } from "@/lib/orders/schema";
import type { OrderDetail } from "@/lib/orders/types";
import type { DraftValues } from "./draft-form";

const NO_SHIP_TO = { name: "", line1: "", line2: "", city: "", region: "", postalCode: "", country: "" };

/** A new cart's form: one empty line, no ship-to yet. */
export const emptyDraftValues = (): DraftValues => ({
  poNumber: "",
  requestedDate: "",
  priority: false,
  notes: "",
  shipTo: NO_SHIP_TO,
  lines: [{ productId: "", quantity: "1", requestedUnitPrice: "" }],
});

/** A saved cart as its form's values (prices are the server's: only a requested price is typed). */
export function draftValuesOf(order: OrderDetail): DraftValues {
  const shipTo = order.shipTo as ShipTo | null;
  return {
    poNumber: order.poNumber ?? "",
    requestedDate: order.requestedDate ?? "",
    priority: order.priority,
    notes: order.notes ?? "",
    shipTo: shipTo ? { ...NO_SHIP_TO, ...Object.fromEntries(Object.entries(shipTo).map(([k, v]) => [k, v ?? ""])) } : NO_SHIP_TO,
    lines: order.lines.map((line) => ({
      productId: line.productId,
      quantity: String(line.quantity),
      requestedUnitPrice: line.requestedUnitPriceMinor === null ? "" : toDecimalString(line.requestedUnitPriceMinor, order.currency),
    })),
  };
}
