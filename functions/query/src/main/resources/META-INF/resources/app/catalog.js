// What the API knows of forms and items (GET /catalog): the form types it accepts and, for 8-K, 10-K and 10-Q, each
// item's code, official title and a short label for legends ("5.02 Officer changes"). The dashboard keeps no list
// of its own: a new item in the API's catalog shows up here without a change.
import { get } from './api.js';

let loading;

/** The catalog, read once per page load; an API without /catalog gives one that knows only codes. */
export function catalog() {
  if (!loading) {
    loading = get('catalog').then((body) => new Catalog(body), (error) => {
      if (error.status === 404) {
        return new Catalog({ formTypes: [], forms: [] }, error);
      }
      loading = undefined; // a failure that may pass (network, 5xx): ask again next time
      throw error;
    });
  }
  return loading;
}

/** The catalog, or one that knows only codes when it cannot be read: labels are a nicety, not a reason to fail. */
export function catalogOrCodes() {
  return catalog().catch((error) => new Catalog({ formTypes: [], forms: [] }, error));
}

class Catalog {
  constructor(body, missing) {
    this.formTypes = body.formTypes || [];
    this.missing = missing; // the ApiError when the API has no catalog
    this.itemsByForm = new Map();
    this.itemByCode = new Map(); // the first form's item where two forms use one code (8-K and ABS-15G 2.02)
    this.formOfType = new Map(); // 8-K/A -> 8-K
    for (const form of body.forms || []) {
      this.itemsByForm.set(form.form, form.items || []);
      for (const type of form.formTypes || [form.form]) {
        this.formOfType.set(type, form.form);
      }
      for (const item of form.items || []) {
        if (!this.itemByCode.has(item.code)) {
          this.itemByCode.set(item.code, item);
        }
      }
    }
  }

  /** The catalog's entry for an item code, as the given form type numbers its items. */
  item(code, formType) {
    const items = this.itemsByForm.get(this.formOfType.get(formType));
    return (items && items.find((item) => item.code === code)) || this.itemByCode.get(code);
  }

  /** The 8-K's current items, in the catalog's order. */
  get currentReportItems() {
    return this.itemsByForm.get('8-K') || [];
  }

  /** "5.02 Officer changes"; the code alone where the catalog has no label. */
  label(code, formType) {
    const item = this.item(code, formType);
    const name = item && (item.label || item.title);
    return name ? `${code} ${name}` : code;
  }

  /** The item's official title ("Departure of Directors or Certain Officers; ..."), or undefined. */
  title(code, formType) {
    const item = this.item(code, formType);
    return item ? item.title : undefined;
  }
}
