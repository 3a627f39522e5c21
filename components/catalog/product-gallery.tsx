import { useTranslations } from "next-intl";
import type { ProductImageItem } from "@/lib/catalog/types";

/**
 * A product's pictures, served by the files route of the reader's side. `remove` renders the
 * back office's remove button under each picture.
 */
export function ProductGallery({
  images,
  filesPath,
  alt,
  remove,
}: {
  images: ProductImageItem[];
  filesPath: string;
  alt: string;
  remove?: (image: ProductImageItem) => React.ReactNode;
}) {
  const t = useTranslations("catalog.images");
  if (images.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {images.map((image, index) => (
        <li key={image.id} className="space-y-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own files route (auth, CSP), not next/image */}
          <img
            src={`${filesPath}/${image.fileId}`}
            alt={t("alt", { name: alt, number: index + 1 })}
            loading="lazy"
            className="aspect-square w-full rounded-lg border border-slate-200 bg-slate-50 object-contain"
          />
          {remove?.(image)}
        </li>
      ))}
    </ul>
  );
}
