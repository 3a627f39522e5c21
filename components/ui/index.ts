/** Canal's UI primitives. Import from "@/components/ui" (or a single file to keep bundles lean). */
export { cn } from "./cn";
export { Alert, type AlertProps, type AlertTone } from "./alert";
export { Badge, type BadgeProps, type BadgeTone } from "./badge";
export { Button, buttonVariants, type ButtonProps, type ButtonSize, type ButtonVariant } from "./button";
export { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle, type CardTitleProps } from "./card";
export { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger, type DialogContentProps } from "./dialog";
export {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
  type DropdownMenuItemProps,
} from "./dropdown-menu";
export { EmptyState, type EmptyStateProps } from "./empty-state";
export { Combobox, type ComboboxOption, type ComboboxProps } from "./combobox";
export { FormField, type FormControlProps, type FormFieldProps } from "./form-field";
export { Input, type InputProps } from "./input";
export { Label, type LabelProps } from "./label";
export { PageHeader, type PageHeaderProps } from "./page-header";
export { Pagination, parsePage, type PaginationProps } from "./pagination";
export { Select, type SelectOption, type SelectProps } from "./select";
export { SectionNav, type SectionLink } from "./section-nav";
export { Skeleton, SkeletonText } from "./skeleton";
export { Spinner, type SpinnerProps } from "./spinner";
export {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  type TableCellProps,
  type TableHeadProps,
  type TableProps,
} from "./table";
export { Textarea, type TextareaProps } from "./textarea";
export { StatusMessage, type StatusMessageProps } from "./status-message";
