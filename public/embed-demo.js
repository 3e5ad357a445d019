// Sizes each AI Gambit frame from the height it posts: { type: "ai-gambit:height", height: <pixels> }.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'ai-gambit:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(data.height)}px`;
  }
});
