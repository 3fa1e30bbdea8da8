// On a phone the list tables stack each row's cells (site.css, .table-stack) and hide their header row, so each
// cell is given its column's heading to show before it: the heading's visible text, so the buttons' column, whose
// heading only screen readers hear, gives none. A cell with nothing in it (a rejected import row's client) gets none
// either: a label followed by nothing reads as a fault.
const isEmpty = cell => cell.textContent.trim() === '' && !cell.querySelector('input, select, button, a, img, svg');
const visibleHeading = th => {
    const heading = th.cloneNode(true);
    heading.querySelectorAll('.visually-hidden').forEach(hidden => hidden.remove());
    return heading.textContent.trim();
};

for (const table of document.querySelectorAll('table.table-stack')) {
    const headings = [];
    for (const th of table.querySelectorAll('thead th')) {
        for (let span = 0; span < th.colSpan; span++) {
            headings.push(visibleHeading(th));
        }
    }

    for (const row of table.querySelectorAll('tbody tr')) {
        let column = 0;
        for (const cell of row.cells) {
            const heading = headings[column];
            if (heading && cell.colSpan === 1 && !isEmpty(cell)) {
                cell.dataset.label = heading;
            }

            column += cell.colSpan;
        }
    }
}
