// The demo's language switcher: it only changes <html lang>; the widgets follow.
const buttons = document.querySelectorAll<HTMLButtonElement>('.lang-switcher [data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang!;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
  });
}
