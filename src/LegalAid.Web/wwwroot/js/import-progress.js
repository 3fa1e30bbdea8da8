// While a check or an import runs (its form was sent and the page waits for the answer), asks the server how far it
// is once a second and shows it in the progress bar. Without JavaScript the page simply waits.
(() => {
    const box = document.getElementById('import-progress');
    if (!box) {
        return;
    }

    const bar = document.getElementById('import-progress-bar');
    const label = document.getElementById('import-progress-label');
    const phases = { Reading: box.dataset.reading, Checking: box.dataset.checking, Saving: box.dataset.saving };

    const show = (progress) => {
        if (!progress.running) {
            return;
        }

        if (progress.total > 0) {
            bar.value = progress.percent;
        }

        label.textContent = `${phases[progress.phase] ?? ''} ${box.dataset.rows
            .replace('{0}', progress.done.toLocaleString())
            .replace('{1}', progress.total.toLocaleString())}`;
    };

    const poll = async () => {
        try {
            const response = await fetch(box.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
            if (response.ok) {
                show(await response.json());
            }
        } catch {
            // A lost connection shows no progress; the page's own answer still comes.
        }

        setTimeout(poll, 1000);
    };

    // Once the submit event has gone through every listener: a form submit-once.js kept back (sent already, or no
    // connection) starts no check, so no bar.
    document.querySelectorAll('form[data-import-progress]').forEach((form) => {
        form.addEventListener('submit', (event) => setTimeout(() => {
            if (event.defaultPrevented) {
                return;
            }

            box.hidden = false;
            bar.removeAttribute('value');
            setTimeout(poll, 500);
        }));
    });
})();
