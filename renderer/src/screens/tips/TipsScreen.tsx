/** Tips & setup: tips grouped by context, and the setup checklist whose ticks are saved in settings. */
import { FormStatus } from '../../components/form/Field';
import { ScreenHeader } from '../../components/ScreenHeader';
import { type ChecklistGroup, checklist, type TipContext, tips } from '../../content';
import { useApp } from '../../context';
import { useMutation } from '../../hooks/useMutation';
import { usePending } from '../../hooks/usePending';
import { msgKey, t } from '../../i18n/t';

const contexts: readonly TipContext[] = ['sitting', 'standing', 'screen', 'lifting', 'sleep', 'stress'];
const groups: readonly ChecklistGroup[] = ['screen', 'chair', 'desk', 'habits', 'lifting'];

export function TipsScreen() {
  return (
    <div className="stack">
      <ScreenHeader title={t('tips.title')} intro={t('tips.intro')} />
      <Checklist />
      <section className="card" aria-labelledby="tips-title">
        <h2 id="tips-title">{t('tips.tipsTitle')}</h2>
        <div className="tips-columns">
          {contexts.map((c) => {
            const list = tips().filter((tip) => tip.contexts[0] === c);
            if (list.length === 0) return null;
            return (
              <section key={c} aria-labelledby={`tips-${c}`}>
                <h3 id={`tips-${c}`}>{t(msgKey('tips.contexts', c))}</h3>
                <ul>
                  {list.map((tip) => (
                    <li key={tip.id}>{tip.text}</li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
    </div>
  );
}

function Checklist() {
  const { settings, saveSettings } = useApp();
  const saving = useMutation();
  const [shown, choose] = usePending(settings.checklist);
  const ticked = new Set(shown);
  const done = checklist().filter((i) => ticked.has(i.id)).length;

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...shown.filter((x) => x !== id), id] : shown.filter((x) => x !== id);
    choose(
      next,
      saving.run(() => saveSettings({ checklist: next })).then((r) => r.ok),
    );
  };

  return (
    <section className="card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('tips.checklistTitle')}</h2>
      <p>{t('tips.checklistIntro')}</p>
      <p className="muted" data-testid="checklist-progress">
        {t('tips.progress', { done, total: checklist.length })}
      </p>
      <FormStatus
        error={saving.error && t('tips.saveError', { message: saving.error.message })}
        note={null}
      />
      <div className="checklist-groups">
        {groups.map((g) => {
          const items = checklist().filter((i) => i.group === g);
          if (items.length === 0) return null;
          return (
            <fieldset key={g} className="checklist-group">
              <legend>{t(msgKey('tips.groups', g))}</legend>
              {items.map((item) => (
                <div key={item.id} className="check-item">
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={ticked.has(item.id)}
                      onChange={(e) => toggle(item.id, e.currentTarget.checked)}
                      aria-describedby={`${item.id}-detail`}
                    />
                    <span>{item.title}</span>
                  </label>
                  <p id={`${item.id}-detail`} className="muted small check-detail">
                    {item.detail}
                  </p>
                </div>
              ))}
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}
