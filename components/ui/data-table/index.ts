export { DataTable, type DataTableProps } from "./data-table";
export { DataTableSkeleton } from "./skeleton";
export type { DataTableBulkAction, DataTableColumn, DataTableFilter, DataTableRow, DataTableState } from "./types";
export { tableState } from "./state";
export { ListLoading } from "./loading";
