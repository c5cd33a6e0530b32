/** The small mark a rendering puts beside a digest that the model wrote and Lede's guard passed. */
export const MODEL_DIGEST_MARK = '(written by the model, checked by Lede)';
