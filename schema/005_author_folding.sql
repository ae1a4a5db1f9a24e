-- Author search folds the letters that have no Unicode decomposition, and so kept their stroke
-- or ligature under diacritic folding (Łukasz, Børre, Đorđe, Yıldız, Æsir): lukasz, borre, dorde,
-- yildiz, aesir. Names stored before are refolded the same way String.foldedForSearch now does.
UPDATE authors SET folded =
    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(folded,
        'ł', 'l'), 'ø', 'o'), 'đ', 'd'), 'ı', 'i'), 'æ', 'ae'), 'œ', 'oe'), 'þ', 'th'), 'ð', 'd'),
        'ħ', 'h'), 'ŧ', 't')
WHERE folded GLOB '*[^ -~]*';   -- only names with a letter outside ASCII
