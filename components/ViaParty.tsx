import type { Bilingual } from '../lib/model/report';
import { localized, t, type Lang } from '../lib/ext/i18n';

/** «(said of the SDF)» after a word that moved a stance taken through another party (a rival, or a proxy's patron). */
export default function ViaParty({ name, lang }: { name: Bilingual; lang: Lang }) {
  return (
    <span class="via-party">
      {' '}
      ({t(lang, 'viaParty')} <bdi>{localized(name, lang)}</bdi>)
    </span>
  );
}
