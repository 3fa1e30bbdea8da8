#!/bin/sh
# Writes the LibreOffice-made example files from the hand-written ones, as a centre would save its spreadsheet:
#   example-ru-libreoffice-1251.csv  "CSV", Windows-1251, fields separated by semicolons (LibreOffice's character set 34)
#   example-ru-libreoffice-utf8.csv  the same with UTF-8 (character set 76), which keeps Kyrgyz and Tajik letters
#   example-en.xlsx                  the English example as an Excel workbook
# The hand-written files are read as a Russian (ru-RU, 1049) Calc reads them: dates and times become cells.
# Needs LibreOffice (Debian: apt-get install libreoffice-calc-nogui). Run from this folder.
set -eu
profile="file://$(mktemp -d)"
out="$(mktemp -d)"
calc() { LANG=ru_RU.UTF-8 LC_ALL=ru_RU.UTF-8 soffice --headless "-env:UserInstallation=$profile" --infilter='CSV:44,34,76,1,,1049' --convert-to "$1" --outdir "$out" "$2" >/dev/null; }

calc 'csv:Text - txt - csv (StarCalc):59,34,34' example-ru.csv
mv "$out/example-ru.csv" example-ru-libreoffice-1251.csv
calc 'csv:Text - txt - csv (StarCalc):59,34,76' example-ru.csv
mv "$out/example-ru.csv" example-ru-libreoffice-utf8.csv
calc 'xlsx:Calc MS Excel 2007 XML' example-en.csv
mv "$out/example-en.xlsx" example-en.xlsx
rm -rf "$out" "${profile#file://}"
