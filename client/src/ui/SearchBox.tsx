/** A search field that reports what was typed after a short pause, not on every key. */
import { useEffect, useState } from 'react';

interface SearchBoxProps {
  value: string;
  label: string;
  placeholder: string;
  onSearch: (text: string) => void;
}

const DEBOUNCE_MS = 300;

export function SearchBox({ value, label, placeholder, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  // When the filter changes from outside (cleared, back button), show the new value.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  return (
    <input
      type="search"
      className="search"
      aria-label={label}
      placeholder={placeholder}
      maxLength={100}
      value={text}
      onChange={(event) => setText(event.target.value)}
    />
  );
}
