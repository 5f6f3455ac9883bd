/** The region columns a tenant row joins in (`region_code`, `region_name_*`). */
export interface RegionColumns {
  region_code: string | null;
  region_name_fr: string | null;
  region_name_ar: string | null;
  region_name_en: string | null;
}

/** A tenant's region as the API answers it, from the joined columns; null when the tenant has none. */
export function regionOfRow(
  row: RegionColumns,
): { code: string; names: { fr: string; ar: string; en: string } } | null {
  return row.region_code === null
    ? null
    : {
        code: row.region_code,
        names: { fr: row.region_name_fr ?? '', ar: row.region_name_ar ?? '', en: row.region_name_en ?? '' },
      };
}
