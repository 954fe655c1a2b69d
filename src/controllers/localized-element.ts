/**
 * What every element is built on: it speaks its own language (LocaleController) and renders
 * nothing until that language's messages are loaded, so no English shows first.
 */
import { LitElement } from 'lit';
import { LocaleController } from './locale.controller.js';

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class LocalizedElement extends LitElement {
  /** Public elements reflect `lang` and `dir` on themselves; internal ones inherit them. */
  protected static reflectsLanguage = false;

  /** @internal */
  protected readonly localization = new LocaleController(this, { reflect: (this.constructor as typeof LocalizedElement).reflectsLanguage });

  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localization.hold();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
