/**
 * The form kit: one way to build a form (see docs/architecture.md, "How to build a form").
 * useActionForm + <Form> + <Field> + <FormAlert> + <FormSubmit>; <FieldArray> for rows;
 * pickers for long lists. Server-side option builders live in ./options (server only).
 */
export { useActionForm, type ActionForm, type UseActionFormOptions } from "./use-action-form";
export { Form, FormAlert, FormSubmit, useFormKit, useScripted, type FormAlertProps, type FormProps, type FormSubmitProps } from "./form";
export { Field, useFieldError, useRegister, type FieldControlProps, type FieldProps } from "./field";
export { FieldArray, type FieldArrayProps } from "./field-array";
export { CountryPicker, TimeZonePicker } from "./pickers";
export { FileField, type FileFieldProps } from "./file-field";
// PhoneField: import from "./phone-field" (kept out of this index for bundle size).
