// Moves an exercise drawing between its start and end positions, with a button to pause it (WCAG 2.2.2).
// Without this script, and for readers who ask for less motion, the drawing stays still (start faint, end solid).
// The motion is in a second SVG file (SMIL, no script or style inside), so pausing shows the still file again.
const lessMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

function setUp(box) {
  const image = box.querySelector('.app-drawing__screen');
  const still = image.getAttribute('src');
  // The alt text describes the still drawing (its numbered pictures, its faint start): moving, say so first.
  const alt = image.getAttribute('alt');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-drawing__control';
  const show = (moving) => {
    image.setAttribute('src', moving ? box.dataset.moving : still);
    image.setAttribute('alt', moving ? `Moving drawing (pause it to see it still). ${alt}` : alt);
    button.textContent = moving ? 'Pause the movement' : 'Play the movement';
    box.classList.toggle('app-drawing--moving', moving);
  };
  button.addEventListener('click', () => show(!box.classList.contains('app-drawing--moving')));
  lessMotion.addEventListener('change', () => { if (lessMotion.matches) show(false); });
  box.append(button);
  show(!lessMotion.matches);
}

document.querySelectorAll('.app-drawing[data-moving]').forEach(setUp);
