import { styleName, styleSample, t, type Lang } from '../lib/ext/i18n';
import { coloursFor, STYLE_KEYS, type ColourScheme, type StyleKey } from '../lib/ext/palette';
import KindSwatch from './KindSwatch';

export interface ColourSettingsProps {
  lang: Lang;
  scheme: ColourScheme;
  colours: Partial<Record<StyleKey, string>>;
  onScheme(scheme: ColourScheme): void;
  onColour(style: StyleKey, colour: string): void;
  onResetColours(): void;
}

/** The colour scheme (Okabe–Ito or high contrast) and, in the standard scheme, a colour per style. */
export default function ColourSettings(props: ColourSettingsProps) {
  const { lang, scheme } = props;
  const colours = coloursFor(scheme, props.colours);
  return (
    <fieldset>
      <legend>{t(lang, 'colours')}</legend>
      <label class="toggle">
        <input type="radio" name="scheme" checked={scheme === 'standard'} onChange={() => props.onScheme('standard')} data-testid="scheme-standard" />
        {t(lang, 'schemeStandard')}
      </label>
      <label class="toggle">
        <input type="radio" name="scheme" checked={scheme === 'high-contrast'} onChange={() => props.onScheme('high-contrast')} data-testid="scheme-contrast" />
        {t(lang, 'schemeContrast')}
      </label>
      <table class="colours">
        <tbody>
          {STYLE_KEYS.map((k) => {
            const label = styleName(lang, k);
            return (
              <tr key={k}>
                <th scope="row">{label}</th>
                <td>
                  <input
                    type="color"
                    value={colours[k]}
                    disabled={scheme === 'high-contrast'}
                    aria-label={label}
                    onInput={(e) => props.onColour(k, e.currentTarget.value.toUpperCase())}
                  />
                </td>
                <td class="sample">
                  <KindSwatch style={k} colour={colours[k]} scheme={scheme} sample={styleSample(lang, k)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={props.onResetColours}>
        {t(lang, 'resetColours')}
      </button>
    </fieldset>
  );
}
