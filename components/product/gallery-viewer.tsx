"use client";
import { useState, type ReactNode } from "react";

type Props = { slides: ReactNode[]; thumbs: ReactNode[]; thumbLabels: string[]; label: string };

/** Shows one picture at a time; the thumbnails below choose which (buttons, so keyboards can too). */
export function GalleryViewer({ slides, thumbs, thumbLabels, label }: Props) {
  const [current, setCurrent] = useState(0);
  return (
    <div role="group" aria-roledescription="gallery" aria-label={label} data-testid="gallery">
      <div className="relative aspect-[4/3] overflow-hidden rounded-xl border border-slate-200 bg-slate-100">
        {slides.map((slide, index) => (
          <div key={index} className={index === current ? "absolute inset-0" : "hidden"} aria-hidden={index !== current}>
            {slide}
          </div>
        ))}
      </div>
      {thumbs.length > 1 && (
        <ul className="mt-3 flex flex-wrap gap-2">
          {thumbs.map((thumb, index) => (
            <li key={index}>
              <button
                type="button"
                onClick={() => setCurrent(index)}
                aria-pressed={index === current}
                aria-label={thumbLabels[index]}
                className="relative block h-14 w-[4.67rem] overflow-hidden rounded-lg border-2 border-transparent bg-slate-100 aria-pressed:border-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                data-testid="gallery-thumb"
              >
                {thumb}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
