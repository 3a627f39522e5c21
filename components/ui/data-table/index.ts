export { DataTable, type DataTableProps } from "./data-table";
export type { DataTableBulkAction, DataTableColumn, DataTableFilter, DataTableRow, DataTableState } from "./types";
export { tableState } from "./state";
