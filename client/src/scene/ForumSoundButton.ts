/**
 * "🔊 Forum sound" over the 3D hall while a forum screen plays a program: a plain button
 * (aria-pressed; Tab, Enter and Space work as for any button) that flips the hall's one sound
 * switch (standVideoStore `soundOn`, the same that the stand screens' toggle flips), so sound is
 * asked for once per visit. Built imperatively into the canvas' own container, because the scene
 * renders with three.js' reconciler, not react-dom; its words are set as text, never as markup.
 */
import './ForumSoundButton.css';

export interface SoundButtonLabels {
  readonly sound: string;
  readonly turnOn: string;
  readonly turnOff: string;
}

export class ForumSoundButton {
  private readonly button: HTMLButtonElement;
  private readonly icon: HTMLSpanElement;
  private readonly text: HTMLSpanElement;
  private labels: SoundButtonLabels;
  private pressed = false;

  constructor(container: HTMLElement, labels: SoundButtonLabels, onToggle: () => void) {
    this.labels = labels;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'forum-screen-sound';
    button.dataset['testid'] = 'forum-screen-sound';
    button.hidden = true;
    this.icon = document.createElement('span');
    this.icon.setAttribute('aria-hidden', 'true');
    this.text = document.createElement('span');
    button.append(this.icon, this.text);
    button.addEventListener('click', onToggle);
    container.append(button);
    this.button = button;
    this.render();
  }

  setVisible(visible: boolean): void {
    this.button.hidden = !visible;
  }

  setPressed(pressed: boolean): void {
    this.pressed = pressed;
    this.render();
  }

  setLabels(labels: SoundButtonLabels): void {
    this.labels = labels;
    this.render();
  }

  dispose(): void {
    this.button.remove();
  }

  private render(): void {
    this.button.setAttribute('aria-pressed', String(this.pressed));
    this.button.title = this.pressed ? this.labels.turnOff : this.labels.turnOn;
    this.icon.textContent = this.pressed ? '🔊' : '🔇';
    this.text.textContent = this.labels.sound;
  }
}
