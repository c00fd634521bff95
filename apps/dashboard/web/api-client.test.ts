import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.js';

describe('ApiError.invalidFields', () => {
  it('names the fields a 400 lists in details.fields', () => {
    const error = new ApiError(400, 'validation_failed', 'intervalSeconds must be at least 60 seconds.', {
      fields: [{ field: 'intervalSeconds', problem: 'must be at least 60' }, { field: 'weight', problem: 'too big' }],
    });
    expect(error.invalidFields).toEqual(['intervalSeconds', 'weight']);
  });

  it('is empty when the details name no fields, or are not the expected shape', () => {
    expect(new ApiError(401, 'unauthorized', 'needs the token').invalidFields).toEqual([]);
    expect(new ApiError(409, 'conflict', 'exists', { id: 'f1' }).invalidFields).toEqual([]);
    expect(new ApiError(400, 'validation_failed', 'bad', { fields: 'title' }).invalidFields).toEqual([]);
    expect(new ApiError(400, 'validation_failed', 'bad', { fields: [null, { field: 3 }, { field: 'title' }] }).invalidFields).toEqual(['title']);
  });
});
