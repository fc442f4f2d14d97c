/** A labelled choice of camera or microphone; "default" until the browser names the devices. */
import { useTranslation } from 'react-i18next';

interface DevicePickerProps {
  label: string;
  devices: MediaDeviceInfo[];
  value: string;
  onChange: (deviceId: string) => void;
  disabled?: boolean;
}

export function DevicePicker({ label, devices, value, onChange, disabled }: DevicePickerProps) {
  const { t } = useTranslation();
  const named = devices.filter((device) => device.deviceId !== '');
  // No choice yet means the browser's default, which it lists first.
  const shown = value || (named[0]?.deviceId ?? '');
  return (
    <label>
      {label}
      <select
        value={shown}
        disabled={disabled === true || named.length === 0}
        onChange={(event) => onChange(event.target.value)}
      >
        {named.length === 0 && <option value="">{t('live.console.noDevices')}</option>}
        {named.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || `${label} ${index + 1}`}
          </option>
        ))}
      </select>
    </label>
  );
}
