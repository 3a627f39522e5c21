/**
 * The form kit: one way to build a form (see docs/architecture.md, "How to build a form").
 * useActionForm + <Form> + <Field> + <FormAlert> + <FormSubmit>; <FieldArray> for rows;
 * pickers for long lists. Server-side option builders live in ./options (server only).
 */
export { useActionForm, type ActionForm, type UseActionFormOptions } from "./use-action-form";
export { Form, FormAlert, FormSubmit, useFormKit, useScripted, type FormAlertProps, type FormProps, type FormSubmitProps } from "./form";
export { Field, useFieldError, useRegister, type FieldControlProps, type FieldProps } from "./field";
export { FieldArray, type FieldArrayProps } from "./field-array";
// Kept out of this index for bundle size — import them from their own files, so that a page
// without them does not load their code (an index re-exporting a module brings it along):
// PhoneField from "./phone-field" (libphonenumber-js's metadata), CountryPicker and
// TimeZonePicker from "./pickers" (cmdk, Radix Popover and Dialog), FileField from "./file-field".
