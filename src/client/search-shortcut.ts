/** "/" focuses the header's search box (unless the reader is typing somewhere already). */
export function startSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName))) return;
    const box =
      document.querySelector<HTMLInputElement>('#search-q') ??
      document.querySelector<HTMLInputElement>('#site-search-q');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
