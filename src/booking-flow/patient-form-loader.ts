/**
 * The patient form (`<circle-patient-form>`, its fields' rules and styles), fetched once the
 * flow is first on screen: no first step needs it, and by the details step it is here. The
 * booking page's first render waits for less; the details step shows "Loading…" in the rare
 * case it comes first.
 */
let loaded = false;
let loading: Promise<void> | undefined;

/** Starts fetching the form, once per page, and calls `ready` when it is defined. */
export function loadPatientForm(ready: () => void): void {
  if (loaded) return;
  loading ??= import('./patient-form.js').then(() => {
    loaded = true;
  });
  void loading.then(ready);
}

/** Whether `<circle-patient-form>` is defined: the details step renders it only then. */
export function patientFormLoaded(): boolean {
  return loaded;
}
