// Buttons that only work with JavaScript, so they stay hidden without it: "Print this page" ([data-print]) and
// "Copy link" ([data-copy], which copies the address in its data-copy attribute and says so out loud).

const COPIED_FOR = 3000; // ms the button says "Copied" before it offers to copy again

function printButton(button) {
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}

function copyButton(button) {
  const label = button.querySelector('.app-copy__label'); // the visible words; the hidden rest names the page
  const status = button.parentElement.querySelector('[role="status"]');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
    } catch {
      // A locked-down computer may refuse the clipboard: say so where it can be seen, and select the address so
      // that Ctrl+C copies it.
      status.textContent = 'Could not copy. The address is selected: press Ctrl+C to copy it.';
      status.classList.remove('nhsuk-u-visually-hidden');
      status.classList.add('app-copy__failed');
      const address = button.closest('td').querySelector('.app-copy-link');
      if (address) window.getSelection().selectAllChildren(address);
      return;
    }
    label.textContent = 'Copied';
    status.textContent = `Link copied: ${button.dataset.copy}`;
    setTimeout(() => { label.textContent = 'Copy link'; status.textContent = ''; }, COPIED_FOR);
  });
  button.hidden = false;
}

document.querySelectorAll('button[data-print]').forEach(printButton);
if (navigator.clipboard) document.querySelectorAll('button[data-copy]').forEach(copyButton);
