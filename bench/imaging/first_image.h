#pragma once

#include <QJsonObject>
#include <QString>

// Time to first image of a series folder (bench_imaging --first-image): Sijil's catalogue scan
// (MediaScanner), then the first slice in viewing order decoded and drawn with the file's window
// (DicomImage::pixels, renderGreyscale: what the viewer does), against GDCM scanning the same
// header attributes (gdcm::Scanner), picking the same slice and decoding it (gdcm::ImageReader),
// drawn by the benchmark's plain window/level loop. Best of `runs`, page cache warm.
QJsonObject firstImage(const QString& dir, int runs);
